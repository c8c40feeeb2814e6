// Real MathJax 3 (the npm package tests/run.sh installs): its TeX input's FindTeX on the strings of
// each page (the strings MathJax's HTML handler would collect; tests/mathjax_reference.py makes them).
// stdin: {"tex": {...tex options...}, "pages": [[string, ...], ...]}
// stdout: one list per page of [TeX, display] for each formula found (escapes left out).
const dir = process.argv[2];
let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const job = JSON.parse(input);
  require(dir + '/node-main.js').init({
    loader: {load: ['input/tex-base']},
    tex: job.tex,
    startup: {typeset: false}
  }).then((MathJax) => {
    const tex = MathJax.startup.input[0];
    const found = job.pages.map((strings) => tex.findMath(strings)
      .filter((item) => item.display === true || item.display === false)
      .map((item) => [item.math, item.display]));
    process.stdout.write(JSON.stringify(found));
  }).catch((error) => { console.error(error); process.exit(1); });
});
