/*
 * Willing Atlas embed helper. Put it once on a page that holds one or more embedded views:
 *
 *   <iframe src="https://ATLAS/en/embed?time=2025-04-15" data-willing-atlas ...></iframe>
 *   <script src="https://ATLAS/embed.js" async></script>
 *
 * Each embed posts { type: "willing-atlas:height", height } to its parent whenever its content changes height;
 * this script sets the height of the iframe that sent it (matched by the message's source window, so one page
 * can hold several embeds and no other frame can resize them), only for messages from the atlas's origin.
 */
(function () {
  if (window.__willingAtlasEmbed) return;
  window.__willingAtlasEmbed = true;
  // Only the atlas this script came from may resize its frames.
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : null;
  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'willing-atlas:height' || typeof data.height !== 'number') return;
    if (!(data.height > 0 && data.height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-willing-atlas]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(data.height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(data.height)));
      }
    }
  });
})();
