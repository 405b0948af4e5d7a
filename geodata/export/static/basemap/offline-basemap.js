/* The offline basemap: JSON vector tiles (geodata/gazetteer/basemap_tiles.py) drawn on canvas.
 *
 * L.offlineBasemap({url, theme}) is a Leaflet GridLayer. Each 256 px tile of the view is cut
 * from the data tile of the highest data zoom at or below the view's zoom (0, 2, 4, 6), so a
 * few small files serve every zoom; from zoom 8 the place labels come from label-only tiles.
 * Data tiles are fetched once and kept, so panning back, zooming and filter changes fetch
 * nothing. setTheme("light" | "dark") redraws with the other palette. No dependency but Leaflet.
 */
(function () {
  "use strict";
  var THEMES = {
    light: {ocean: "#c9dcea", land: "#f3f0e8", lake: "#c9dcea", river: "#8fb8d6", stream: "#a9c9e0",
            coast: "#7fa3bf", admin0: "#8c8c8c", admin1: "#b9aea4", text: "#2b2b2b", capital: "#000000",
            halo: "rgba(255,255,255,0.9)", dot: "#444444", country: "#7a7a7a"},
    dark: {ocean: "#131b24", land: "#262a30", lake: "#131b24", river: "#2f5573", stream: "#284862",
           coast: "#3f6684", admin0: "#8b919b", admin1: "#555b64", text: "#e2e2e2", capital: "#ffffff",
           halo: "rgba(10,12,15,0.9)", dot: "#cfcfcf", country: "#8d939c"}
  };
  var LAYERS = ["land", "lakes", "rivers", "streams", "admin1", "admin0", "coast"];
  var FONT = "\"DejaVu Sans\", \"Helvetica Neue\", Arial, sans-serif";

  /* Delta-encoded integer lines -> absolute Int32Arrays with their bounding boxes. */
  function decode(tile) {
    var out = {ext: tile.ext, labels: tile.labels || []};
    LAYERS.forEach(function (name) {
      if (!tile[name]) { return; }
      out[name] = tile[name].map(function (deltas) {
        var line = new Int32Array(deltas.length), x = 0, y = 0;
        var box = [Infinity, Infinity, -Infinity, -Infinity];
        for (var i = 0; i < deltas.length; i += 2) {
          x += deltas[i]; y += deltas[i + 1]; line[i] = x; line[i + 1] = y;
          if (x < box[0]) { box[0] = x; } if (x > box[2]) { box[2] = x; }
          if (y < box[1]) { box[1] = y; } if (y > box[3]) { box[3] = y; }
        }
        return {line: line, box: box};
      });
    });
    return out;
  }

  L.OfflineBasemap = L.GridLayer.extend({
    options: {url: "", theme: "light", updateWhenZooming: false, keepBuffer: 1, maxZoom: 18,
              attribution: "Natural Earth · GSHHG/WDBII · GeoNames (CC BY 4.0)"},

    initialize: function (options) {
      L.GridLayer.prototype.initialize.call(this, options);
      this._tiles_data = new Map();
      var url = this.options.url;
      this._index = fetch(url + "index.json").then(function (response) { return response.json(); })
        .then(function (index) {
          var sets = {};
          Object.keys(index.tiles).forEach(function (zoom) { sets[zoom] = new Set(index.tiles[zoom]); });
          return {zooms: index.dz, sets: sets};
        });
    },

    onAdd: function (map) {
      L.GridLayer.prototype.onAdd.call(this, map);
      this._paintOcean();
    },

    setTheme: function (name) {
      if (!THEMES[name] || name === this.options.theme) { return; }
      this.options.theme = name;
      this._paintOcean();
      this.redraw();
    },

    _paintOcean: function () {
      if (this._map) { this._map.getContainer().style.background = THEMES[this.options.theme].ocean; }
      document.documentElement.dataset.basemapTheme = this.options.theme;
    },

    _dataZoom: function (zoom, zooms) {
      var chosen = zooms[0];
      for (var i = 0; i < zooms.length; i++) { if (zooms[i] <= zoom) { chosen = zooms[i]; } }
      return chosen;
    },

    _data: function (zoom, x, y) {
      var key = zoom + "/" + x + "_" + y, cached = this._tiles_data.get(key), url = this.options.url;
      if (!cached) {
        cached = this._index.then(function (index) {
          if (!index.sets[zoom] || !index.sets[zoom].has(x + "_" + y)) { return null; }
          return fetch(url + key + ".json").then(function (response) { return response.json(); }).then(decode);
        });
        this._tiles_data.set(key, cached);
      }
      return cached;
    },

    createTile: function (coords, done) {
      var tile = L.DomUtil.create("canvas", "leaflet-tile basemap-tile"), size = this.getTileSize();
      var ratio = window.devicePixelRatio || 1, self = this;
      tile.width = size.x * ratio; tile.height = size.y * ratio;
      tile.style.width = size.x + "px"; tile.style.height = size.y + "px";
      this._index.then(function (index) {
        var zoom = coords.z, dataZoom = self._dataZoom(zoom, index.zooms), shift = Math.max(0, zoom - dataZoom);
        var px = coords.x >> shift, py = coords.y >> shift, context = tile.getContext("2d");
        var labelShift = zoom - 8, lx = labelShift >= 0 ? coords.x >> labelShift : 0;
        var ly = labelShift >= 0 ? coords.y >> labelShift : 0;
        var labels = index.sets.L8 && labelShift >= 0 ? self._data("L8", lx, ly) : Promise.resolve(null);
        return Promise.all([self._data(dataZoom, px, py), labels]).then(function (found) {
          var data = found[0], labelData = found[1];
          context.setTransform(ratio, 0, 0, ratio, 0, 0);
          if (data) {
            self._draw(context, data, zoom, (coords.x - (px << shift)) * size.x, (coords.y - (py << shift)) * size.y,
                       size.x * Math.pow(2, shift) / data.ext, size.x);
            if (labelShift < 0) {
              self._labels(context, data.labels, zoom, (coords.x - (px << shift)) * size.x,
                           (coords.y - (py << shift)) * size.y, size.x * Math.pow(2, shift) / data.ext, size.x);
            }
          }
          if (labelData) {
            self._labels(context, labelData.labels, zoom, (coords.x - (lx << labelShift)) * size.x,
                         (coords.y - (ly << labelShift)) * size.y, size.x * Math.pow(2, labelShift) / labelData.ext,
                         size.x);
          }
          tile.dataset.drawn = "1";
          done(null, tile);
        });
      }).catch(function (error) { done(error, tile); });
      return tile;
    },

    _draw: function (context, data, zoom, offsetX, offsetY, scale, tileSize) {
      var theme = THEMES[this.options.theme];
      context.lineJoin = "round"; context.lineCap = "round";
      var left = (offsetX - 8) / scale, top = (offsetY - 8) / scale;
      var right = (offsetX + tileSize + 8) / scale, bottom = (offsetY + tileSize + 8) / scale;
      function trace(lines, close) {
        context.beginPath();
        var drawn = 0;
        for (var j = 0; j < lines.length; j++) {
          var box = lines[j].box, line = lines[j].line;
          if (box[2] < left || box[0] > right || box[3] < top || box[1] > bottom) { continue; }
          context.moveTo(line[0] * scale - offsetX, line[1] * scale - offsetY);
          for (var i = 2; i < line.length; i += 2) { context.lineTo(line[i] * scale - offsetX, line[i + 1] * scale - offsetY); }
          if (close) { context.closePath(); }
          drawn++;
        }
        return drawn;
      }
      function stroke(lines, colour, width, dash) {
        if (!lines || !trace(lines, false)) { return; }
        context.strokeStyle = colour; context.lineWidth = width; context.setLineDash(dash || []); context.stroke();
      }
      if (data.land && trace(data.land, true)) { context.fillStyle = theme.land; context.fill("evenodd"); }
      if (data.lakes && trace(data.lakes, true)) { context.fillStyle = theme.lake; context.fill("evenodd"); }
      stroke(data.streams, theme.stream, zoom >= 9 ? 0.9 : 0.6);
      stroke(data.rivers, theme.river, zoom >= 8 ? 1.8 : zoom >= 5 ? 1.2 : 0.8);
      if (zoom >= 4) { stroke(data.admin1, theme.admin1, zoom >= 7 ? 1.1 : 0.8, zoom >= 6 ? [5, 3] : [3, 2]); }
      stroke(data.admin0, theme.admin0, zoom >= 6 ? 1.6 : zoom >= 3 ? 1.1 : 0.8);
      stroke(data.coast, theme.coast, zoom >= 6 ? 1.0 : 0.7);
      context.setLineDash([]);
    },

    /* labels: [x, y, first zoom, last zoom, kind (0 country, 1 capital, 2 place), font px, side, name] */
    _labels: function (context, labels, zoom, offsetX, offsetY, scale, tileSize) {
      var theme = THEMES[this.options.theme];
      for (var i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (label[2] > zoom || label[3] < zoom) { continue; }
        var x = label[0] * scale - offsetX, y = label[1] * scale - offsetY, kind = label[4], size = label[5];
        if (x < -300 || x > tileSize + 300 || y < -30 || y > tileSize + 30) { continue; }
        context.lineWidth = 3; context.strokeStyle = theme.halo; context.textBaseline = "middle";
        if (kind === 0) {
          context.font = "600 " + size + "px " + FONT; context.textAlign = "center";
          context.strokeText(label[7], x, y);
          context.fillStyle = theme.country; context.fillText(label[7], x, y);
          continue;
        }
        context.fillStyle = theme.dot;
        if (kind === 1) {
          context.fillRect(x - 3, y - 3, 6, 6);
        } else {
          context.beginPath(); context.arc(x, y, size >= 12 ? 2.8 : 2.2, 0, 2 * Math.PI); context.fill();
        }
        context.font = (kind === 1 ? "bold " : size >= 12 ? "600 " : "") + size + "px " + FONT;
        context.textAlign = label[6] ? "right" : "left";
        var textX = label[6] ? x - 6 : x + 6;
        context.strokeText(label[7], textX, y);
        context.fillStyle = kind === 1 ? theme.capital : theme.text; context.fillText(label[7], textX, y);
      }
    }
  });
  L.offlineBasemap = function (options) { return new L.OfflineBasemap(options); };
  L.OfflineBasemap.THEMES = THEMES;
})();
