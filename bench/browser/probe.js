// Injected before any page script (Playwright addInitScript) into the product and the reference pages.
// A step starts at the slider's keydown. `draw` is when the frame that draws the new colours runs its
// drawing code; `end` is when that frame is finished on the main thread: a user-blocking task posted
// from inside the frame runs only after the frame's style, layout, paint and commit, and before the
// page's own normal-priority tasks (React's scheduler) that may be queued behind it.
(() => {
  const probe = { step: null, results: [], firstColorFrame: null, colorCalls: 0 };
  window.__benchProbe = probe;

  const afterFrame = (callback) => {
    globalThis.scheduler.postTask(() => callback(performance.now()), { priority: 'user-blocking' });
  };

  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight' && event.key !== 'Home') return;
      probe.step = { key: event.key, start: event.timeStamp, changed: false, drawAt: null, done: false };
    },
    true,
  );

  // Event Timing: a keydown's duration runs to the presentation of the next frame after its handlers
  // (in 8 ms steps, and only reported from 16 ms on). It is the only view of off-main-thread raster.
  probe.presented = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === 'keydown') probe.presented.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });

  /** Called from inside the frame that shows the new colours. */
  probe.drawn = () => {
    const step = probe.step;
    if (!step || step.drawAt !== null) return;
    step.drawAt = performance.now();
    afterFrame((end) => {
      step.end = end;
      step.done = true;
      probe.results.push(step);
    });
  };

  // The product's overview map (SVG) sends 'atlas:painted' right after it sets new fills
  // (components/map/map-events.ts); the next animation frame is the one that paints them, as for the SVG reference.
  window.addEventListener('atlas:painted', () => {
    probe.colorCalls += 1;
    if (probe.step) probe.step.changed = true;
    requestAnimationFrame(() => {
      if (probe.firstColorFrame === null) {
        probe.firstColorFrame = { drawAt: performance.now(), end: null };
        afterFrame((end) => (probe.firstColorFrame.end = end));
      }
      if (probe.step && probe.step.changed) probe.drawn();
    });
  });

  // The product's zoomable map: colours change by setFeatureState; the next 'render' is the frame that draws them.
  // It is announced once with 'atlas:map' (components/map/map-events.ts).
  window.addEventListener('atlas:map', (event) => {
    const map = event.detail;
    const setFeatureState = map.setFeatureState.bind(map);
    map.setFeatureState = (target, state) => {
      if (state && ('color' in state || 'dim' in state)) {
        probe.colorCalls += 1;
        if (probe.step) probe.step.changed = true;
      }
      return setFeatureState(target, state);
    };
    map.on('render', () => {
      if (probe.firstColorFrame === null && probe.colorCalls > 0) {
        probe.firstColorFrame = { drawAt: performance.now(), end: null };
        afterFrame((end) => (probe.firstColorFrame.end = end));
      }
      if (probe.step && probe.step.changed) probe.drawn();
    });
  });
})();
