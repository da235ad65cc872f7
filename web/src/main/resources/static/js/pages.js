// Marks a live region open or closed as its Server-Sent Events stream connects or fails, so the page can show
// whether it is updating by itself.
(function () {
	'use strict';
	document.addEventListener('htmx:sseOpen', (event) => event.target.setAttribute('data-live', 'open'));
	document.addEventListener('htmx:sseError', (event) => event.target.setAttribute('data-live', 'closed'));
})();
