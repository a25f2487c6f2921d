import Foundation

/// A page that loads each page given in its query (`?w=375&p=file:///…&p=…`) in
/// an iframe of width w and reports its horizontal overflow: the document's scroll
/// width against its client width, and the elements that stick out (outside any
/// scroll container). Headless Chromium runs it with `--dump-dom`.
enum LayoutProbe {
    /// Writes the probe into a temporary folder and returns its URL.
    static func write() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xf-layout-probe-\(UUID().uuidString).html")
        try Data(html.utf8).write(to: url)
        return url
    }

    /// One `PAGE scrollWidth clientWidth url culprits…` line per page, from the dumped DOM.
    static func results(in dump: String) -> [[Substring]] {
        dump.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "PAGE "), !line.contains("'PAGE") else { return nil }
            return line[start.upperBound...].split(separator: " ")
        }
    }

    static let html = #"""
<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>layout probe</title></head>
<body>
<pre id="out">PENDING</pre>
<script>
const params = new URLSearchParams(location.search);
const width = Number(params.get('w') || 375);
const pages = params.getAll('p');
const lines = [];
function describe(element) {
  return element.tagName.toLowerCase() + (element.className && element.className.baseVal === undefined ? '.' + String(element.className).trim().replace(/\s+/g, '.') : '');
}
function insideScroller(element, root) {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    const style = node.ownerDocument.defaultView.getComputedStyle(node);
    if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden') return true;
  }
  return false;
}
(async () => {
  for (const page of pages) {
    await new Promise(done => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:' + width + 'px;height:800px;border:0';
      frame.onload = () => {
        try {
          const doc = frame.contentDocument;
          const style = doc.createElement('style');
          style.textContent = 'html{scrollbar-width:none}';
          doc.head.appendChild(style);
          const root = doc.documentElement;
          const limit = root.clientWidth;
          const culprits = [];
          for (const element of doc.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.right > limit + 1 && !insideScroller(element, root) && culprits.length < 5) {
              culprits.push(describe(element) + '@' + Math.round(box.right));
            }
          }
          lines.push('PAGE ' + root.scrollWidth + ' ' + limit + ' ' + page + ' ' + culprits.join(' '));
        } catch (error) {
          lines.push('DENIED ' + page + ' ' + error);
        }
        frame.remove();
        done();
      };
      frame.src = page;
      document.body.appendChild(frame);
    });
  }
  document.getElementById('out').textContent = lines.join('\n') + '\nDONE';
})();
</script>
</body>
</html>
"""#
}
