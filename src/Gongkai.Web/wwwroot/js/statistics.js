// Draws each statistics chart from the data table beside it. Progressive: without JavaScript (or without ECharts) the
// tables alone carry every figure. No inline script or style is needed, so the page keeps its Content-Security-Policy.
(function () {
    "use strict";

    var palette = ["#174a8b", "#a3171d", "#1a7f42", "#b45309", "#5b2a86", "#0e7490", "#595f69"];

    function readTable(table) {
        var headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
        var rows = Array.prototype.map.call(table.querySelectorAll("tbody tr"), function (tr) {
            return {
                label: tr.querySelector("th").textContent.trim(),
                values: Array.prototype.map.call(tr.querySelectorAll("td"), function (td) { return Number(td.textContent.trim()) || 0; })
            };
        });
        return { series: headers.slice(1), rows: rows };
    }

    function optionFor(kind, data) {
        var labels = data.rows.map(function (r) { return r.label; });
        var base = {
            color: palette,
            animation: false,
            textStyle: { fontFamily: "PingFang SC, Noto Sans CJK SC, Microsoft YaHei, sans-serif" },
            // Drawn on the canvas itself: an HTML tooltip would need inline styles, which the CSP forbids.
            tooltip: { trigger: kind === "pie" ? "item" : "axis", renderMode: "richText" }
        };
        if (kind === "pie") {
            var total = data.rows.reduce(function (sum, r) { return sum + (r.values[0] || 0); }, 0);
            if (total === 0) {
                // ECharts would draw equal slices for all-zero data; an empty ring says what the table says.
                base.title = { text: "区间内没有数据", left: "center", top: "middle", textStyle: { fontSize: 14, fontWeight: "normal", color: "#595f69" } };
            }
            base.legend = { bottom: 0, type: "scroll" };
            base.series = [{
                type: "pie",
                radius: ["35%", "65%"],
                top: 0,
                bottom: 40,
                label: { formatter: "{c}" },
                stillShowZeroSum: false,
                data: data.rows.map(function (r) { return { name: r.label, value: r.values[0] || 0 }; })
            }];
            return base;
        }

        var horizontal = kind === "hbar";
        var category = { type: "category", data: labels, axisLabel: { interval: 0, width: 140, overflow: "truncate" } };
        var value = { type: "value", minInterval: 1 };
        if (!horizontal) {
            category.axisLabel = { interval: "auto", rotate: labels.length > 6 ? 30 : 0, width: 80, overflow: "truncate" };
        }
        base.grid = { left: 8, right: 16, top: 16, bottom: 8, containLabel: true };
        base.xAxis = horizontal ? value : category;
        base.yAxis = horizontal ? Object.assign({}, category, { inverse: true }) : value;
        base.series = data.series.map(function (name, i) {
            return {
                name: name,
                type: kind === "line" ? "line" : "bar",
                barMaxWidth: 32,
                data: data.rows.map(function (r) { return r.values[i] || 0; })
            };
        });
        return base;
    }

    function draw() {
        if (typeof window.echarts === "undefined") {
            return;
        }
        var charts = [];
        Array.prototype.forEach.call(document.querySelectorAll(".chart[data-table]"), function (container) {
            var table = document.getElementById(container.getAttribute("data-table"));
            if (!table) {
                return;
            }
            container.classList.add("drawn");
            var chart = window.echarts.init(container, null, { renderer: "canvas" });
            chart.setOption(optionFor(container.getAttribute("data-chart"), readTable(table)));
            charts.push(chart);
        });
        window.addEventListener("resize", function () {
            charts.forEach(function (chart) { chart.resize(); });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", draw);
    } else {
        draw();
    }
})();
