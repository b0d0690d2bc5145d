// The analytics dashboard: the analytics API drawn with Chart.js, with the signed-in user's access token.
// No framework; everything the page shows comes from /api/v1/analytics/* (and the menu's public categories).
(function () {
	'use strict';

	const API = '/api/v1/analytics';
	const TOKEN_KEY = 'jainshikanji.analytics.token';
	const COLORS = {
		green: '#2b8a3e',
		greenSoft: 'rgba(43, 138, 62, 0.18)',
		lime: '#74b816',
		lemon: '#f5c518',
		orange: '#f08c00',
		teal: '#0c8599',
		ink: '#1d2b1f',
		muted: '#5f6f62',
		grid: '#edf1ea'
	};
	const PALETTE = [COLORS.green, COLORS.lemon, COLORS.teal, COLORS.orange, COLORS.lime, '#5c940d', '#e67700', '#087f5b'];
	const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
	const METHODS = { upi: 'UPI', card: 'Card', netbanking: 'Net banking', wallet: 'Wallet', cod: 'Cash on delivery', unknown: 'Not yet known' };

	const rupees = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 0 });
	const rupeesExact = new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR', maximumFractionDigits: 2 });
	const count = new Intl.NumberFormat('en-IN');
	const shortDate = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short' });
	const longDate = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric' });

	const $ = (id) => document.getElementById(id);
	const charts = {};
	let categories = {};

	// --- the token -------------------------------------------------------------------------------------------------

	function takeTokenFromLocation() {
		// A link may carry a token in its fragment (never sent to a server): keep it for this tab, then drop it from
		// the address bar.
		const match = /(?:^|&)token=([^&]+)/.exec(window.location.hash.substring(1));
		if (match) {
			sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
			history.replaceState(null, '', window.location.pathname + window.location.search);
		}
	}

	function token() {
		return sessionStorage.getItem(TOKEN_KEY);
	}

	function signOut(message) {
		sessionStorage.removeItem(TOKEN_KEY);
		$('dashboard').hidden = true;
		$('filters').hidden = true;
		$('signin').hidden = false;
		$('signin-error').textContent = message || '';
	}

	async function signIn(event) {
		event.preventDefault();
		$('signin-error').textContent = '';
		try {
			const response = await fetch('/api/v1/auth/login', {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ email: $('email').value, password: $('password').value })
			});
			if (!response.ok) {
				const problem = await response.json().catch(() => ({}));
				$('signin-error').textContent = problem.detail || 'Signing in failed (' + response.status + ')';
				return;
			}
			sessionStorage.setItem(TOKEN_KEY, (await response.json()).accessToken);
			$('password').value = '';
			start();
		}
		catch (e) {
			$('signin-error').textContent = 'Signing in is done through the gateway; it could not be reached.';
		}
	}

	// --- the API ---------------------------------------------------------------------------------------------------

	class ApiError extends Error {
		constructor(status, detail) {
			super(detail);
			this.status = status;
		}
	}

	async function api(path, accept) {
		const response = await fetch(path, {
			headers: { Authorization: 'Bearer ' + token(), Accept: accept || 'application/json' }
		});
		if (!response.ok) {
			const problem = await response.json().catch(() => ({}));
			throw new ApiError(response.status, problem.detail || response.statusText);
		}
		return accept === 'text/csv' ? response.blob() : response.json();
	}

	function query() {
		const params = new URLSearchParams();
		const store = $('store').value;
		if (store) {
			params.set('storeId', store);
		}
		const range = $('range').value;
		if (range === 'custom') {
			if ($('from').value) {
				params.set('from', $('from').value);
			}
			if ($('to').value) {
				params.set('to', $('to').value);
			}
		}
		else {
			params.set('days', range);
		}
		return params;
	}

	// --- loading ---------------------------------------------------------------------------------------------------

	async function start() {
		takeTokenFromLocation();
		if (!token()) {
			signOut();
			return;
		}
		$('signin').hidden = true;
		try {
			const stores = await api(API + '/stores');
			fillStores(stores);
			$('filters').hidden = false;
			loadCategories();
			await load();
		}
		catch (e) {
			failed(e);
		}
	}

	function fillStores(stores) {
		const select = $('store');
		const chosen = select.value;
		select.replaceChildren();
		if (stores.length !== 1) {
			select.append(new Option('All stores', ''));
		}
		for (const store of stores) {
			select.append(new Option(storeName(store.name, store.storeId), store.storeId));
		}
		if ([...select.options].some((option) => option.value === chosen)) {
			select.value = chosen;
		}
	}

	async function loadCategories() {
		try {
			const response = await fetch('/api/v1/categories');
			if (response.ok) {
				categories = Object.fromEntries((await response.json()).map((c) => [c.id, c.name]));
			}
		}
		catch (e) {
			// Category names are a nicety: ids will do without the menu.
		}
	}

	async function load() {
		$('notice').hidden = true;
		const params = query().toString();
		try {
			const [dashboard, sales, products, funnel, customers, reports] = await Promise.all([
				api(API + '/dashboard?' + params),
				api(API + '/sales?' + params),
				api(API + '/products?limit=8&' + params),
				api(API + '/funnel?' + params),
				api(API + '/customers?' + params),
				api(API + '/reports')
			]);
			$('dashboard').hidden = false;
			caption(dashboard);
			kpis(dashboard);
			revenueChart(sales);
			hoursChart(sales);
			productsChart(products.best);
			funnelChart(funnel);
			paymentsChart(sales);
			lifetimeChart(customers);
			reportLinks(reports);
		}
		catch (e) {
			failed(e);
		}
	}

	function failed(e) {
		if (e instanceof ApiError && e.status === 401) {
			signOut('Your session has ended; please sign in again.');
		}
		else if (e instanceof ApiError && e.status === 403) {
			$('dashboard').hidden = true;
			notice('These figures are for admins and the managers of a store. ' + (e.message || ''));
		}
		else if (e instanceof ApiError && e.status === 400) {
			notice('That period cannot be shown: ' + e.message);
		}
		else {
			notice('The figures could not be loaded just now (' + (e.message || e) + '). Try again in a moment.');
		}
	}

	function notice(text) {
		$('notice').textContent = text;
		$('notice').hidden = false;
	}

	// --- the headline figures -------------------------------------------------------------------------------------

	function caption(dashboard) {
		const store = $('store').selectedOptions[0];
		const where = store && store.value ? store.text : (dashboard.scope.everyStore ? 'All stores' : 'Your stores');
		$('period-caption').textContent = where + ' · ' + longDate.format(date(dashboard.period.from)) + ' to '
			+ longDate.format(date(dashboard.period.to)) + ', compared with the ' + days(dashboard.period)
			+ ' days before · times in ' + dashboard.scope.timeZone;
	}

	function kpis(dashboard) {
		const now = dashboard.period.figures;
		const today = dashboard.today.figures;
		const change = dashboard.change;
		$('kpi-revenue').textContent = rupees.format(now.revenue);
		changeText('chg-revenue', change.revenue, false);
		$('today-revenue').textContent = 'Today ' + rupees.format(today.revenue);

		$('kpi-orders').textContent = count.format(now.orders);
		changeText('chg-orders', change.orders, false);
		$('today-orders').textContent = 'Today ' + count.format(today.orders) + ' · ' + count.format(now.placed) + ' placed';

		$('kpi-aov').textContent = now.averageOrderValue == null ? '–' : rupeesExact.format(now.averageOrderValue);
		changeText('chg-aov', change.averageOrderValue, false);
		$('today-aov').textContent = 'Today ' + (today.averageOrderValue == null ? '–' : rupeesExact.format(today.averageOrderValue));

		$('kpi-customers').textContent = count.format(now.activeCustomers);
		$('kpi-customers-split').textContent = count.format(now.newCustomers) + ' new · '
			+ count.format(now.returningCustomers) + ' returning';
		$('today-customers').textContent = 'Today ' + count.format(today.activeCustomers);

		$('kpi-conversion').textContent = now.conversionRate == null ? '–' : now.conversionRate + '%';
		changeText('chg-conversion', change.conversionRate, false);
		$('kpi-sessions').textContent = count.format(now.sessions) + ' visits viewed a product';

		$('kpi-cancelled').textContent = count.format(now.cancelled)
			+ (now.cancellationRate == null ? '' : ' · ' + now.cancellationRate + '%');
		$('kpi-refunds').textContent = rupees.format(now.refunds) + ' refunded on ' + count.format(now.refundedOrders)
			+ ' orders';
		$('today-cancelled').textContent = 'Today ' + count.format(today.cancelled) + ' cancelled';

		// Cash-on-delivery orders handed over without the cash: no sales, so in none of the figures above.
		$('kpi-uncollected').textContent = rupees.format(now.uncollectedCash);
		$('kpi-unpaid').textContent = count.format(now.unpaidDeliveries)
			+ (now.unpaidDeliveries === 1 ? ' order' : ' orders') + ' delivered unpaid';
		$('today-uncollected').textContent = 'Today ' + rupees.format(today.uncollectedCash);
	}

	function changeText(id, percent, lowerIsBetter) {
		const element = $(id);
		element.className = 'change';
		if (percent == null) {
			element.textContent = 'no earlier figure to compare';
			return;
		}
		const value = Number(percent);
		element.textContent = (value > 0 ? '▲ ' : value < 0 ? '▼ ' : '') + Math.abs(value).toFixed(1) + '% vs previous period';
		if (value > 0) {
			element.classList.add('up');
		}
		if (value < 0) {
			element.classList.add('down');
		}
		if (lowerIsBetter) {
			element.classList.add(value > 0 ? 'bad' : 'good');
		}
	}

	// --- the charts ------------------------------------------------------------------------------------------------

	function draw(id, config) {
		if (charts[id]) {
			charts[id].destroy();
		}
		config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: { duration: 400 } },
			config.options || {});
		charts[id] = new Chart($(id), config);
	}

	function revenueChart(sales) {
		draw('chart-revenue', {
			data: {
				labels: sales.series.map((p) => shortDate.format(date(p.period))),
				datasets: [
					{
						type: 'bar', label: 'Revenue', data: sales.series.map((p) => Number(p.revenue)),
						backgroundColor: COLORS.green, borderRadius: 4, yAxisID: 'revenue', order: 2
					},
					{
						type: 'line', label: 'Orders', data: sales.series.map((p) => p.orders), borderColor: COLORS.lemon,
						backgroundColor: COLORS.lemon, tension: 0.35, pointRadius: 2, borderWidth: 3, yAxisID: 'orders',
						order: 1
					}
				]
			},
			options: {
				interaction: { mode: 'index', intersect: false },
				plugins: {
					legend: { position: 'top', align: 'end' },
					tooltip: {
						callbacks: {
							label: (c) => c.dataset.label + ': ' + (c.dataset.yAxisID === 'revenue'
								? rupees.format(c.parsed.y) : count.format(c.parsed.y))
						}
					}
				},
				scales: {
					x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkipPadding: 12 } },
					revenue: {
						position: 'left', beginAtZero: true, grid: { color: COLORS.grid },
						ticks: { callback: (v) => rupees.format(v) }
					},
					orders: { position: 'right', beginAtZero: true, grid: { display: false } }
				}
			}
		});
	}

	function hoursChart(sales) {
		const max = Math.max(1, ...sales.byHourOfWeek.map((h) => h.orders));
		const points = sales.byHourOfWeek.filter((h) => h.orders > 0).map((h) => ({
			x: h.hour, y: h.dayOfWeek - 1, r: 3 + 15 * Math.sqrt(h.orders / max), orders: h.orders,
			revenue: Number(h.revenue)
		}));
		draw('chart-hours', {
			type: 'bubble',
			data: {
				datasets: [{
					label: 'Orders',
					data: points,
					backgroundColor: points.map((p) => 'rgba(43, 138, 62, ' + (0.25 + 0.7 * p.orders / max).toFixed(2) + ')'),
					borderColor: 'rgba(31, 111, 48, 0.9)',
					borderWidth: 1
				}]
			},
			options: {
				plugins: {
					legend: { display: false },
					tooltip: {
						callbacks: {
							label: (c) => DAYS[c.raw.y] + ' ' + pad(c.raw.x) + ':00–' + pad(c.raw.x) + ':59 · '
								+ count.format(c.raw.orders) + ' orders · ' + rupees.format(c.raw.revenue)
						}
					}
				},
				scales: {
					x: {
						min: -0.5, max: 23.5, grid: { color: COLORS.grid },
						afterBuildTicks: (axis) => { axis.ticks = integers(0, 23); },
						ticks: { autoSkip: false, maxRotation: 0, callback: (v) => (v % 3 === 0 ? pad(v) + ':00' : '') }
					},
					y: {
						min: -0.5, max: 6.5, reverse: true, grid: { color: COLORS.grid },
						afterBuildTicks: (axis) => { axis.ticks = integers(0, 6); },
						ticks: { autoSkip: false, callback: (v) => DAYS[v] || '' }
					}
				}
			}
		});
	}

	function productsChart(products) {
		draw('chart-products', {
			type: 'bar',
			data: {
				labels: products.map((p) => p.name),
				datasets: [{
					label: 'Revenue', data: products.map((p) => Number(p.revenue)),
					backgroundColor: products.map((p, i) => PALETTE[i % PALETTE.length]), borderRadius: 6
				}]
			},
			options: {
				indexAxis: 'y',
				plugins: {
					legend: { display: false },
					tooltip: {
						callbacks: {
							label: (c) => rupees.format(c.parsed.x) + ' · ' + count.format(products[c.dataIndex].quantity)
								+ ' sold' + (products[c.dataIndex].share == null ? '' : ' · ' + products[c.dataIndex].share + '% of sales')
								+ (products[c.dataIndex].rating == null ? ''
									: ' · ★ ' + products[c.dataIndex].rating + ' (' + count.format(products[c.dataIndex].ratingCount) + ' reviews)')
						}
					}
				},
				scales: {
					x: { beginAtZero: true, grid: { color: COLORS.grid }, ticks: { callback: (v) => rupees.format(v) } },
					y: { grid: { display: false } }
				}
			}
		});
	}

	function funnelChart(funnel) {
		const top = Math.max(1, funnel.steps[0].count);
		draw('chart-funnel', {
			type: 'bar',
			data: {
				labels: funnel.steps.map((s) => s.label),
				datasets: [{
					label: 'Visits / orders', data: funnel.steps.map((s) => s.count),
					backgroundColor: [COLORS.teal, '#1098ad', COLORS.lime, COLORS.green, '#1f6f30'], borderRadius: 6
				}]
			},
			options: {
				indexAxis: 'y',
				layout: { padding: { right: 120 } },
				plugins: {
					legend: { display: false },
					tooltip: { callbacks: { label: (c) => count.format(c.parsed.x) + ' · ' + percentOf(c.parsed.x, top) } }
				},
				scales: { x: { beginAtZero: true, grid: { color: COLORS.grid } }, y: { grid: { display: false } } }
			},
			plugins: [valueLabels((value) => count.format(value) + ' · ' + percentOf(value, top))]
		});
	}

	function paymentsChart(sales) {
		const methods = sales.byPaymentMethod.filter((m) => m.orders > 0);
		draw('chart-payments', {
			type: 'doughnut',
			data: {
				labels: methods.map((m) => METHODS[m.key] || m.key),
				datasets: [{
					data: methods.map((m) => m.orders), backgroundColor: PALETTE, borderColor: '#fff', borderWidth: 2
				}]
			},
			options: {
				cutout: '58%',
				plugins: {
					legend: { position: 'right' },
					tooltip: {
						callbacks: {
							label: (c) => {
								const m = methods[c.dataIndex];
								const line = c.label + ': ' + count.format(c.parsed) + ' orders · ' + rupees.format(m.revenue);
								// Cash orders handed over without the cash: no sales, so not in the slice.
								return m.unpaidDeliveries > 0
									? [line, count.format(m.unpaidDeliveries) + ' delivered unpaid · '
										+ rupees.format(m.uncollectedCash) + ' uncollected']
									: line;
							}
						}
					}
				}
			}
		});
	}

	function lifetimeChart(customers) {
		const buckets = customers.lifetimeValue;
		draw('chart-ltv', {
			type: 'bar',
			data: {
				labels: buckets.map((b) => b.to == null ? rupees.format(b.from) + '+' : rupees.format(b.from) + '–'
					+ rupees.format(b.to - 1)),
				datasets: [{
					label: 'Customers', data: buckets.map((b) => b.customers), backgroundColor: COLORS.lemon,
					borderRadius: 6
				}]
			},
			options: {
				plugins: {
					legend: { display: false },
					tooltip: {
						callbacks: {
							label: (c) => count.format(c.parsed.y) + ' customers · together '
								+ rupees.format(buckets[c.dataIndex].value)
						}
					}
				},
				scales: { y: { beginAtZero: true, grid: { color: COLORS.grid } }, x: { grid: { display: false } } }
			}
		});
	}

	/** Writes each bar's value at its end. */
	function valueLabels(format) {
		return {
			id: 'valueLabels',
			afterDatasetsDraw(chart) {
				const context = chart.ctx;
				context.save();
				context.fillStyle = COLORS.ink;
				context.font = '600 12px system-ui, sans-serif';
				context.textBaseline = 'middle';
				chart.getDatasetMeta(0).data.forEach((bar, index) => {
					context.fillText(format(chart.data.datasets[0].data[index]), bar.x + 6, bar.y);
				});
				context.restore();
			}
		};
	}

	// --- reports ---------------------------------------------------------------------------------------------------

	function reportLinks(reports) {
		const list = $('report-links');
		list.replaceChildren();
		for (const report of reports) {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = report.title + ' (CSV)';
			button.addEventListener('click', () => download(report.reportId));
			const item = document.createElement('li');
			item.append(button);
			list.append(item);
		}
	}

	async function download(reportId) {
		try {
			const blob = await api(API + '/reports/' + encodeURIComponent(reportId) + '?' + query(), 'text/csv');
			const link = document.createElement('a');
			link.href = URL.createObjectURL(blob);
			link.download = reportId + '.csv';
			link.click();
			setTimeout(() => URL.revokeObjectURL(link.href), 10000);
		}
		catch (e) {
			failed(e);
		}
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	function date(iso) {
		const [year, month, day] = iso.split('-').map(Number);
		return new Date(year, month - 1, day);
	}

	function days(period) {
		return Math.round((date(period.to) - date(period.from)) / 86400000) + 1;
	}

	function integers(from, to) {
		const ticks = [];
		for (let value = from; value <= to; value++) {
			ticks.push({ value: value });
		}
		return ticks;
	}

	function pad(hour) {
		return String(hour).padStart(2, '0');
	}

	function percentOf(value, whole) {
		return (100 * value / whole).toFixed(value === whole ? 0 : 1) + '%';
	}

	function storeName(name, id) {
		return name || 'Store ' + id.substring(0, 8);
	}

	function rangeChanged() {
		const custom = $('range').value === 'custom';
		document.querySelectorAll('.filters .custom').forEach((label) => { label.hidden = !custom; });
		if (!custom || ($('from').value && $('to').value)) {
			load();
		}
	}

	document.addEventListener('DOMContentLoaded', () => {
		Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
		Chart.defaults.color = COLORS.muted;
		$('signin-form').addEventListener('submit', signIn);
		$('signout').addEventListener('click', () => signOut());
		$('store').addEventListener('change', load);
		$('range').addEventListener('change', rangeChanged);
		$('from').addEventListener('change', rangeChanged);
		$('to').addEventListener('change', rangeChanged);
		start();
	});
}());
