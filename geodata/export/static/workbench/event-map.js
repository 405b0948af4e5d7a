/* The events map's own pieces (geodata/export/webmap.py): cluster icons that show the mix of
 * event-type families they hold, the legend, bringing a selected event into view, and
 * following the app's light or dark theme. Everything writes text with textContent. */
(function () {
  "use strict";
  var EventMap = window.EventMap = window.EventMap || {};

  /* A cluster's icon: a ring of its markers' colours, each arc as long as its share. */
  EventMap.clusterIcon = function (cluster) {
    var markers = cluster.getAllChildMarkers(), counts = {}, total = markers.length;
    markers.forEach(function (marker) {
      var colour = (marker.options && marker.options.fillColor) || "#999999";
      counts[colour] = (counts[colour] || 0) + 1;
    });
    var colours = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; });
    var stops = [], at = 0;
    colours.forEach(function (colour) {
      var next = at + 360 * counts[colour] / total;
      stops.push(colour + " " + at.toFixed(1) + "deg " + next.toFixed(1) + "deg");
      at = next;
    });
    var size = total < 10 ? 30 : total < 100 ? 36 : 44;
    var ring = document.createElement("div");
    ring.className = "event-cluster-ring";
    ring.style.background = "conic-gradient(" + stops.join(", ") + ")";
    ring.dataset.colours = colours.join(" ");
    var count = document.createElement("span");
    count.textContent = String(total);
    ring.appendChild(count);
    var box = document.createElement("div");
    box.appendChild(ring);
    return L.divIcon({html: box.innerHTML, className: "marker-cluster event-cluster",
                      iconSize: L.point(size, size)});
  };

  /* The legend: type families (colours), precision (disc size, dashed outline), movements
   * (arcs), imprecise dates (hollow markers on the timeline). Folded on small screens. */
  EventMap.legend = function (map, entries) {
    var control = L.control({position: "bottomleft"});
    control.onAdd = function () {
      var box = L.DomUtil.create("details", "event-legend");
      box.open = map.getSize().x >= 900;
      var summary = document.createElement("summary");
      summary.textContent = "Legend";
      box.appendChild(summary);
      function row(symbol, text, title) {
        var line = document.createElement("div");
        line.className = "event-legend-row";
        line.appendChild(symbol);
        var label = document.createElement("span");
        label.textContent = text;
        if (title) { label.title = title; }
        line.appendChild(label);
        box.appendChild(line);
      }
      function swatch(style) {
        var symbol = document.createElement("i");
        symbol.className = "event-legend-symbol";
        Object.keys(style).forEach(function (key) { symbol.style[key] = style[key]; });
        return symbol;
      }
      entries.forEach(function (entry) {
        row(swatch({background: entry.colour, borderColor: entry.colour}), entry.label,
            entry.types.join(", "));
      });
      var heading = document.createElement("div");
      heading.className = "event-legend-heading";
      heading.textContent = "Where";
      box.appendChild(heading);
      row(swatch({background: "#777", borderColor: "#777", width: "10px", height: "10px"}), "exact place or city");
      row(swatch({background: "rgba(120,120,120,0.3)", borderColor: "#777", borderStyle: "dashed"}),
          "region or country: faint dashed disc of its size");
      row(swatch({background: "conic-gradient(#0072B2 0 50%, #D55E00 0)", borderColor: "transparent",
                  borderRadius: "50%"}), "cluster: its ring shows the types it holds");
      row(swatch({background: "transparent", borderColor: "#777", borderStyle: "dashed", borderRadius: "0",
                  height: "0", borderWidth: "2px 0 0 0", width: "16px"}), "movement: arc from origin");
      row(swatch({background: "transparent", borderColor: "#777"}), "hollow: imprecise date (timeline)");
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    control.addTo(map);
    return control;
  };

  /* Bring the selected event into view: open its cluster (zoom to show it), or pan and
   * zoom to it, and ring it. Done once per selection, not on every redraw. */
  EventMap.focus = function (map, target, markers, cluster) {
    if (!target || window.__eventMapFocus === target.id) { return; }
    window.__eventMapFocus = target.id;
    // The layer is added to the map right after its script runs: look for the marker then.
    setTimeout(function () { focusNow(map, target, markers, cluster); }, 0);
  };

  function focusNow(map, target, markers, cluster) {
    if (window.__eventMapRing) { map.removeLayer(window.__eventMapRing); }
    var found = null;
    if (markers) {
      markers.eachLayer(function (layer) {
        var p = layer.feature && layer.feature.properties;
        if (p && (p.event_id === target.id || p.i === target.id)) { found = layer; }
      });
    }
    var at = found ? found.getLatLng() : L.latLng(target.lat, target.lon);
    var ring = window.__eventMapRing = L.circleMarker(at, {
      radius: 18, color: "#000000", weight: 3, fill: false, dashArray: null, interactive: false,
      className: "event-focus-ring"}).addTo(map);
    function done() {
      ring.bringToFront();
      document.documentElement.dataset.eventMapFocus = target.id;
    }
    // Pan and zoom to the event (closer for a precise place), then open its cluster.
    var zoom = Math.max(map.getZoom(), target.zoom || 6);
    if (zoom !== map.getZoom() || !map.getBounds().pad(-0.15).contains(at)) {
      map.setView(at, zoom, {animate: false});
    }
    if (found && cluster && cluster.hasLayer(found)) {
      showInCluster(cluster, found, function () { ring.setLatLng(found.getLatLng()); done(); });
      return;
    }
    done();
  }

  /* Open the marker's cluster, then call back. markercluster's zoomToShowLayer waits for
   * the map's next move, which it ignores while its own zoom animation runs (the setView
   * above starts one when it changes the zoom): a move in that time, such as its pan to
   * a marker already in the middle, left the callback never called. So it is asked once
   * that animation is over. */
  function showInCluster(cluster, marker, callback) {
    if (cluster._inZoomAnimation) {
      cluster.once("animationend", function () { showInCluster(cluster, marker, callback); });
      return;
    }
    cluster.zoomToShowLayer(marker, callback);
  }

  /* The app's theme: the component's render message carries it (light or dark). */
  EventMap.followTheme = function (basemap) {
    window.addEventListener("message", function (event) {
      var data = event.data, theme = data && data.type === "streamlit:render" && data.theme;
      var base = theme && theme.base;
      if (base === "light" || base === "dark") {
        document.documentElement.dataset.appTheme = base;
        if (basemap) { basemap.setTheme(base); }
      }
    });
  };
})();
