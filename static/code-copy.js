// A copy button on each code block of a post or page. The buttons are made here, so a page read
// without JavaScript has none (rather than buttons that do nothing). Each sits in the block's
// corner, placed over it (no layout shift), and copies the code as written.
(() => {
  const script = document.currentScript;
  const labels = {copy: script.dataset.copy, copied: script.dataset.copied};
  const fallback = (text) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  };
  document.querySelectorAll('.post-body .highlight').forEach((block) => {
    const code = block.querySelector('pre');
    if (!code) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = labels.copy;
    button.addEventListener('click', () => {
      const text = code.innerText.replace(/\n$/, '');
      const done = () => {
        button.textContent = labels.copied;
        setTimeout(() => { button.textContent = labels.copy; }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(done, () => fallback(text) && done());
      } else if (fallback(text)) {
        done();
      }
    });
    block.append(button);
  });
})();
