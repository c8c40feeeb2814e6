// Copying a formula's TeX on pages typeset at build time (--math server). They load no MathJax, so
// there is no MathJax menu ("Show Math As > TeX Commands"); every formula keeps its TeX in its
// data-tex attribute instead. Loaded deferred, this does nothing until a reader asks:
// - a selection that holds formulas copies them as TeX ($…$ in-line, $$…$$ displayed) with the
//   text around them, and a selection inside one formula copies that formula's TeX;
// - a right click (a long press on a phone) on a formula opens a small box with its TeX, selected,
//   and a button that copies it. Escape, a click elsewhere or scrolling closes it.
// The TeX only ever goes into a textarea's value or the clipboard, never into the page's HTML.
(() => {
  const script = document.currentScript;
  const labels = {copy: script.dataset.copy, copied: script.dataset.copied, title: script.dataset.title};
  const FORMULA = 'mjx-container[data-tex]';
  const asTeX = (formula) => {
    const tex = formula.getAttribute('data-tex').trim();
    return formula.getAttribute('display') === 'true' ? `$$${tex}$$` : `$${tex}$`;
  };
  const formulaOf = (node) => {
    const element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element && element.closest(FORMULA);
  };

  document.addEventListener('copy', (event) => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const one = formulaOf(selection.anchorNode);
    if (one && one === formulaOf(selection.focusNode)) {
      event.clipboardData.setData('text/plain', asTeX(one));
      event.preventDefault();
      return;
    }
    const copy = document.createElement('div');
    for (let i = 0; i < selection.rangeCount; i++) copy.append(selection.getRangeAt(i).cloneContents());
    const formulas = copy.querySelectorAll(FORMULA);
    if (!formulas.length) return;  // no formula: the browser copies as it always does
    formulas.forEach((formula) => formula.replaceWith(asTeX(formula)));
    copy.querySelectorAll('p, div, li, pre, h1, h2, h3, h4, h5, h6, br').forEach((block) => block.append('\n'));
    event.clipboardData.setData('text/plain', copy.textContent.replace(/\n{3,}/g, '\n\n').trim());
    event.preventDefault();
  });

  let box = null;
  const close = () => {
    if (box) box.remove();
    box = null;
  };
  const copyText = (area, button) => {
    const done = () => {
      button.textContent = labels.copied;
      setTimeout(() => { button.textContent = labels.copy; }, 1500);
    };
    area.select();
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(area.value).then(done, () => document.execCommand('copy') && done());
    } else if (document.execCommand('copy')) {
      done();
    }
  };
  document.addEventListener('contextmenu', (event) => {
    const formula = formulaOf(event.target);
    if (!formula) return;
    event.preventDefault();
    close();
    box = document.createElement('div');
    box.className = 'tex-box';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', labels.title);
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.spellcheck = false;
    area.value = formula.getAttribute('data-tex');
    area.rows = Math.min(8, area.value.split('\n').length + 1);
    area.setAttribute('aria-label', labels.title);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = labels.copy;
    button.addEventListener('click', () => copyText(area, button));
    box.append(area, button);
    document.body.append(box);
    const width = box.offsetWidth, height = box.offsetHeight;
    box.style.left = `${Math.max(4, Math.min(event.clientX, innerWidth - width - 4))}px`;
    box.style.top = `${Math.max(4, Math.min(event.clientY, innerHeight - height - 4))}px`;
    area.focus({preventScroll: true});
    area.select();
  });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') close(); });
  document.addEventListener('pointerdown', (event) => { if (box && !box.contains(event.target)) close(); });
  window.addEventListener('scroll', close, {passive: true});
})();
