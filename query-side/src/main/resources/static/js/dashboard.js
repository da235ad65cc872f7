// Draws the dashboard's charts from the figures the server put in each canvas's data-chart,
// again after every live update replaces them.
(function () {
	'use strict';

	function percentAxis() {
		return { beginAtZero: true, suggestedMax: 100, ticks: { callback: (value) => value + ' %' } };
	}

	function draw(canvas) {
		const figures = JSON.parse(canvas.dataset.chart);
		const existing = Chart.getChart(canvas);
		if (existing) {
			existing.destroy();
		}
		if (canvas.dataset.kind === 'groups') {
			new Chart(canvas, {
				type: 'bar',
				data: {
					labels: figures.labels,
					datasets: [
						{ label: canvas.dataset.scoreLabel, data: figures.score, backgroundColor: '#0b4f8a' },
						{ label: canvas.dataset.maxLabel, data: figures.computable, backgroundColor: '#c8d0da' }
					]
				},
				options: { animation: false, scales: { y: { beginAtZero: true } } }
			});
		}
		else {
			new Chart(canvas, {
				type: 'line',
				data: {
					labels: figures.labels,
					datasets: [
						{ label: canvas.dataset.onTimeLabel, data: figures.onTime, borderColor: '#0b4f8a', backgroundColor: '#0b4f8a' },
						{ label: canvas.dataset.onlineLabel, data: figures.online, borderColor: '#7a4b00', backgroundColor: '#7a4b00' }
					]
				},
				options: { animation: false, spanGaps: true, scales: { y: percentAxis() } }
			});
		}
	}

	function drawAll(root) {
		root.querySelectorAll('canvas[data-chart]').forEach(draw);
	}

	document.addEventListener('DOMContentLoaded', () => drawAll(document));
	document.body.addEventListener('htmx:afterSwap', (event) => drawAll(event.target));
})();
