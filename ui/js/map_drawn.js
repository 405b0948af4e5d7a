(function () {
    if (window.__eventMapDrawnSent) { return; }
    window.__eventMapDrawnSent = true;
    var since = Date.now(), waitForChart = %s;
    function chartDrawn() {
        try {
            return window.parent.document.querySelector(
                "[data-testid='stVegaLiteChart'] canvas, [data-testid='stVegaLiteChart'] svg") !== null;
        } catch (error) {
            return true;
        }
    }
    function send() {
        window.parent.postMessage({isStreamlitMessage: true, type: "streamlit:setComponentValue", dataType: "json",
                                   value: {last_object_clicked: null, last_object_clicked_popup: null}}, "*");
    }
    (function check() {
        if (!waitForChart || chartDrawn() || Date.now() - since > 2000) {
            requestAnimationFrame(function () { setTimeout(send, 0); });
        } else {
            setTimeout(check, 40);
        }
    })();
})();
