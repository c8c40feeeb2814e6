// The Markdown engines Hexo blogs were rendered with, from npm (tests/run.sh installs them into
// tests/.node), configured as their Hexo renderers configure them, on a whole corpus in one process.
// stdin: {"jobs": [{"engine": "marked" | "marked-0.3" | "kramed" | "markdown-it", "plain": bool,
//                   "posts": [markdown, ...]}, ...]}
// stdout: one list of HTML pages per job.
// plain: without what the importer does not model on purpose (a formula broken by it is still taken
// as its author meant it): emphasis, strikethrough, smart quotes and dashes.
const modules = process.argv[2];
const load = (name) => require(modules + '/' + name);
const never = {exec: () => null};

function oldMarked(name, plain) {
  // marked 0.3 and its fork kramed: emphasis is a rule of the inline lexer, in every rule set
  const engine = load(name);
  const rules = engine.InlineLexer.rules;
  for (const set of Object.values(rules)) {
    if (set && set.em) {
      if (!set.saved) set.saved = {em: set.em, strong: set.strong, del: set.del};
      Object.assign(set, plain ? {em: never, strong: never, del: never} : set.saved);
    }
  }
  // hexo-renderer-marked 0.x and hexo-renderer-kramed: gfm, tables, breaks, smartypants
  return (text) => engine(text, {gfm: true, tables: true, breaks: true, smartLists: true, smartypants: !plain,
                                 sanitize: false});
}

function marked(plain) {
  // hexo-renderer-marked 7 (marked 15): gfm, breaks; its smartypants is a text tokenizer of its own
  const {Marked} = load('marked');
  const engine = new Marked({gfm: true, breaks: true});
  if (plain) {
    const asText = (src) => {
      const run = /^(?:[*_]+|~+)/.exec(src);
      return run ? {type: 'text', raw: run[0], text: run[0]} : false;
    };
    engine.use({tokenizer: {emStrong: asText, del: asText}});
  }
  return (text) => engine.parse(text);
}

function markdownIt(plain) {
  // hexo-renderer-markdown-it 7 (markdown-it 13), no plugins: html, breaks, linkify, typographer
  const MarkdownIt = load('markdown-it');
  const engine = new MarkdownIt('default', {html: true, xhtmlOut: false, breaks: true, linkify: true,
                                            typographer: !plain, quotes: '“”‘’'});
  if (plain) engine.disable(['emphasis', 'strikethrough']);
  return (text) => engine.render(text);
}

const ENGINES = {
  'marked': marked,
  'marked-0.3': (plain) => oldMarked('marked-0.3', plain),
  'kramed': (plain) => oldMarked('kramed', plain),
  'markdown-it': markdownIt,
};

let input = '';
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const out = JSON.parse(input).jobs.map((job) => {
    const render = ENGINES[job.engine](job.plain);
    return job.posts.map(render);
  });
  process.stdout.write(JSON.stringify(out));
});
