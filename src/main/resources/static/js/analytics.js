// The analytics dashboard: draws the charts from the JSON the server rendered into the report
// fragment, and turns a click on any bar, point or cell into the list of orders behind it.
(function () {
    'use strict';

    function drill(report, params) {
        var search = new URLSearchParams(params);
        var query = report.getAttribute('data-query');
        var url = '/analytics/drilldown?' + search.toString() + (query ? '&' + query : '');
        htmx.ajax('GET', url, { target: '#drilldown', swap: 'innerHTML' });
    }

    function bars(el, rows, horizontal, report, extra) {
        var chart = echarts.init(el);
        var labels = rows.map(function (r) { return r.label; });
        var values = rows.map(function (r) { return r.value; });
        var category = { type: 'category', data: labels, axisLabel: { interval: 0, rotate: horizontal ? 0 : 30 } };
        var value = { type: 'value' };
        var option = {
            tooltip: { trigger: 'axis' },
            grid: { left: horizontal ? 140 : 50, right: 40, bottom: horizontal ? 30 : 90, top: 20 },
            xAxis: horizontal ? value : category,
            yAxis: horizontal ? Object.assign({ inverse: true }, category) : [value].concat(extra ? [{ type: 'value', max: 100 }] : []),
            series: [{ type: 'bar', data: values }]
        };
        if (extra) {
            option.series.push({ type: 'line', yAxisIndex: 1, data: rows.map(function (r) { return r.cumulative; }) });
        }
        chart.setOption(option);
        chart.on('click', function (p) { drill(report, rows[p.dataIndex].drill); });
        return chart;
    }

    function trend(el, rows, report) {
        var chart = echarts.init(el);
        chart.setOption({
            tooltip: { trigger: 'axis' },
            grid: { left: 50, right: 20, bottom: 40, top: 20 },
            xAxis: { type: 'category', data: rows.map(function (r) { return r.label; }) },
            yAxis: { type: 'value' },
            series: [{ type: 'line', smooth: true, areaStyle: {}, data: rows.map(function (r) { return r.value; }) }]
        });
        chart.on('click', function (p) { drill(report, rows[p.dataIndex].drill); });
        return chart;
    }

    function heat(el, h, report) {
        var chart = echarts.init(el);
        chart.setOption({
            tooltip: { position: 'top' },
            grid: { left: 120, right: 20, bottom: 110, top: 10 },
            xAxis: { type: 'category', data: h.categories, axisLabel: { interval: 0, rotate: 40 } },
            yAxis: { type: 'category', data: h.stations },
            visualMap: { min: 0, max: h.max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, show: false },
            series: [{ type: 'heatmap', data: h.data, label: { show: true } }]
        });
        chart.on('click', function (p) { drill(report, h.drill[p.dataIndex]); });
        return chart;
    }

    function ageing(el, rows, report) {
        var labels = Array.prototype.map.call(report.querySelectorAll('#ageing .age-label'), function (td) { return td.textContent; });
        return bars(el, rows.map(function (r, i) { return { label: labels[i] || r.key, value: r.value, drill: r.drill }; }),
            false, report, false);
    }

    function draw(root) {
        var report = root.querySelector ? (root.id === 'analytics-report' ? root : root.querySelector('#analytics-report')) : null;
        if (!report || typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(report.querySelector('.analytics-charts').textContent);
        report.querySelectorAll('.analytics-chart').forEach(function (el) {
            var old = echarts.getInstanceByDom(el);
            if (old) { old.dispose(); }
            var kind = el.getAttribute('data-chart');
            if (kind === 'trend') { trend(el, data.trend, report); }
            else if (kind === 'pareto') { bars(el, data.pareto, false, report, true); }
            else if (kind === 'units') { bars(el, data.units, true, report, false); }
            else if (kind === 'rootCauses') { bars(el, data.rootCauses, true, report, false); }
            else if (kind === 'heat') { heat(el, data.heat, report); }
            else if (kind === 'ageing') { ageing(el, data.ageing, report); }
        });
    }

    document.addEventListener('DOMContentLoaded', function () { draw(document); });
    document.addEventListener('htmx:afterSettle', function (e) {
        if (e.detail.target && e.detail.target.id === 'analytics-report') {
            draw(document);
        }
    });
    window.addEventListener('resize', function () {
        document.querySelectorAll('.analytics-chart').forEach(function (el) {
            var c = echarts.getInstanceByDom(el);
            if (c) { c.resize(); }
        });
    });
})();
