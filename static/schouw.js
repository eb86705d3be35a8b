// schouw.js - the wijkschouw's walk (/schouwen/{id}/lopen), as progressive
// enhancement: a button that puts the phone's position into the finding's
// hidden lat/lon fields. Without this script (or without permission) the
// address and place fields say where a finding is.
(function () {
	'use strict';
	var knop = document.getElementById('geo-knop');
	var lat = document.getElementById('lat');
	var lon = document.getElementById('lon');
	var status = document.getElementById('geo-status');
	if (!knop || !lat || !lon || !status || !navigator.geolocation)
		return;
	knop.hidden = false;
	if (lat.value && lon.value)
		status.textContent = 'Locatie: ' + lat.value + ', ' + lon.value;
	knop.addEventListener('click', function () {
		status.textContent = 'Locatie zoeken…';
		navigator.geolocation.getCurrentPosition(function (pos) {
			lat.value = pos.coords.latitude.toFixed(6);
			lon.value = pos.coords.longitude.toFixed(6);
			status.textContent = 'Locatie: ' + lat.value + ', ' + lon.value;
		}, function () {
			status.textContent = 'Geen locatie gevonden. Vul een adres in of beschrijf de plek.';
		}, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
	});
})();
