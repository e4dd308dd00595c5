/*
 * Printing shows the text behind every "Read more". portal.css does it where browsers can style a
 * closed <details> (::details-content); older ones print it closed, so open each closed one before
 * printing and close it again after. Without this script the text is still in the page.
 */
(function () {
	var opened = [];
	window.addEventListener('beforeprint', function () {
		opened = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
		opened.forEach(function (details) {
			details.open = true;
		});
	});
	window.addEventListener('afterprint', function () {
		opened.forEach(function (details) {
			details.open = false;
		});
		opened = [];
	});
})();
