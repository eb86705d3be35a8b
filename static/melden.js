// melden.js - upload progress for the public form (/melden), as progressive
// enhancement: without this script the form posts as usual. With it the
// form is sent by XHR so the melder sees how far a large upload is; the
// server's answer (the confirmation after its redirect, or the form again
// with messages) then replaces the page, exactly as a normal post would.
(function () {
	'use strict';
	var form = document.getElementById('meldformulier');
	var status = document.getElementById('upload-voortgang');
	if (!form || !status || !window.FormData || !window.XMLHttpRequest)
		return;
	var busy = false;
	form.addEventListener('submit', function (ev) {
		var files = document.getElementById('bijlagen');
		// Nothing to upload: the ordinary post is quick enough.
		if (!files || !files.files || files.files.length === 0)
			return;
		ev.preventDefault();
		if (busy)
			return;
		busy = true;
		var data = new FormData(form);
		// The button pressed (the repeat question has two) goes along as a normal post would send it.
		if (ev.submitter && ev.submitter.name)
			data.append(ev.submitter.name, ev.submitter.value);
		var buttons = form.querySelectorAll('button[type="submit"]');
		for (var i = 0; i < buttons.length; i++)
			buttons[i].disabled = true;
		status.hidden = false;
		status.textContent = 'Bezig met versturen…';
		var xhr = new XMLHttpRequest();
		xhr.open('POST', form.action);
		xhr.upload.addEventListener('progress', function (e) {
			if (e.lengthComputable) {
				var pct = Math.floor(e.loaded * 100 / e.total);
				status.textContent = 'Bestanden versturen: ' + pct + '% (' + mb(e.loaded) + ' van ' + mb(e.total) + ')';
			}
		});
		xhr.upload.addEventListener('load', function () {
			status.textContent = 'Verstuurd. Even geduld, wij slaan uw melding op…';
		});
		xhr.addEventListener('load', function () {
			// After the 303 the XHR followed it: show where it landed.
			if (xhr.responseURL && xhr.responseURL.indexOf('/melden/') !== -1 && xhr.status === 200) {
				window.location.assign(xhr.responseURL);
				return;
			}
			document.open();
			document.write(xhr.responseText);
			document.close();
		});
		xhr.addEventListener('error', function () {
			busy = false;
			for (var i = 0; i < buttons.length; i++)
				buttons[i].disabled = false;
			status.textContent = 'Het versturen is niet gelukt. Controleer uw internetverbinding en probeer het opnieuw.';
		});
		xhr.send(data);
	});
	function mb(bytes) {
		if (bytes < 1024 * 1024)
			return Math.max(1, Math.ceil(bytes / 1024)) + ' kB';
		return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',') + ' MB';
	}
})();
