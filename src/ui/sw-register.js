// Registers the service worker (src/ui/sw.js) once the page has loaded, so it never competes
// with the app's own files. The post-build hook adds this script to release builds only:
// `trunk serve` never gets a service worker in the way of its reloads.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch((error) => {
      console.warn(`Offline use is not available: ${error.message}`);
    });
  });
}
