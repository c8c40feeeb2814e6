#!/usr/bin/env python3
"""Deterministic synthetic math-blog corpus for static-site-generator benchmarks.

Usage:
    python bench/make_corpus.py --posts N --out DIR [--format blogbuild|hugo|all] [--seed S]

Stdlib only.  The same --posts/--seed always gives byte-identical post bodies,
whatever the format, so every generator is measured on exactly the same work.

Each post (kexue.fm-like): YAML front matter (title mixing Chinese and English,
author, date spread over ~10 years, readers:int, tags list, categories list,
slug), then ~800-1500 "words" of Markdown (an English word or two CJK characters
count as one word): mixed Chinese/English prose, inline math ($...$), display
math ($$...$$, \\begin{equation}\\begin{aligned}...\\end{aligned}\\end{equation},
\\[...\\]), a fenced Python block in about half the posts, a list, a link,
emphasis, a blockquote, sometimes a table and a footnote, and <!--more--> after
the first paragraph.

Formats (with --format all, each goes to DIR/<format>/):
  blogbuild  DIR/posts/*.md
  hugo       DIR/config.toml, DIR/content/posts/*.md, DIR/layouts/...

The Hugo site renders the peer page set: paginated index (10 posts per
page, title + date + excerpt up to <!--more-->), one page per post (full body,
author, date, tags, categories), one page per tag (list of all its posts, not
paginated) and one tags overview page.  No feeds, sitemaps, archives, author or
category pages.  Math is not protected by any plugin: each tool does what its
stock Markdown engine does with it.

Copied into this repository from the team's shared bench/make_corpus.py so that BENCHMARKS.md can
be reproduced from a clone. Trimmed: its Jekyll and Pelican writers (unused here); long TeX string
literals split in two (same strings). Post bodies and the blogbuild/Hugo output are unchanged.
"""
import argparse
import datetime as dt
import json
import os
import random
import re

# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------

TAGS = [
    ("矩阵", "matrix"), ("概率", "probability"), ("优化", "optimization"),
    ("深度学习", "deep-learning"), ("attention", "attention"),
    ("transformer", "transformer"), ("数论", "number-theory"),
    ("积分", "integral"), ("微分方程", "ode"), ("变分推断", "variational"),
    ("生成模型", "generative"), ("扩散模型", "diffusion"), ("GAN", "gan"),
    ("VAE", "vae"), ("NLP", "nlp"), ("词向量", "word-vectors"),
    ("信息论", "information-theory"), ("熵", "entropy"), ("采样", "sampling"),
    ("梯度", "gradient"), ("泛化", "generalization"), ("正则化", "regularization"),
    ("位置编码", "position-encoding"), ("softmax", "softmax"),
    ("线性代数", "linear-algebra"), ("泰勒展开", "taylor"), ("级数", "series"),
    ("复分析", "complex-analysis"), ("群论", "group-theory"),
    ("动力学", "dynamics"), ("物理", "physics"), ("天文", "astronomy"),
    ("不等式", "inequality"), ("组合数学", "combinatorics"),
    ("随机过程", "stochastic"), ("马尔可夫链", "markov"), ("贝叶斯", "bayes"),
    ("EM算法", "em"), ("损失函数", "loss"), ("分类", "classification"),
    ("语言模型", "language-model"), ("预训练", "pretraining"),
    ("低秩", "low-rank"), ("SVD", "svd"), ("特征值", "eigenvalue"),
    ("矩阵指数", "matrix-exponential"), ("最优传输", "optimal-transport"),
    ("Wasserstein", "wasserstein"), ("能量模型", "energy-model"),
    ("对比学习", "contrastive"), ("量化", "quantization"),
    ("稀疏", "sparsity"), ("RoPE", "rope"), ("长度外推", "length-extrapolation"),
    ("Adam", "adam"), ("学习率", "learning-rate"), ("初始化", "initialization"),
    ("归一化", "normalization"), ("python", "python"), ("keras", "keras"),
]

CATEGORIES = [
    ("信息时代", "information-age"), ("数学研究", "math"),
    ("物理化学", "physics-chemistry"), ("天文探索", "astronomy"),
    ("生活/情感", "life"), ("问题百科", "faq"), ("资源共享", "resources"),
    ("开源项目", "open-source"),
]

AUTHORS = ["苏剑林", "Jianlin Su", "张三", "Alice Chen", "李四", "Bob Wang"]

TITLE_ZH = [
    "从{a}到{b}", "{a}的几个性质", "浅谈{a}", "重新思考{a}", "{a}与{b}的联系",
    "再谈{a}", "{a}：一个简单的推导", "为什么{a}有效", "{a}的新视角",
]
TITLE_TOPICS = [
    "Softmax", "Attention", "矩阵指数", "Transformer", "梯度下降", "变分自编码器",
    "Adam", "RoPE", "位置编码", "低秩近似", "扩散模型", "最优传输", "熵",
    "Wasserstein距离", "Langevin方程", "EM算法", "Gumbel Max", "Layer Norm",
    "互信息", "Fisher信息", "Muon优化器", "线性Attention", "SVD", "Lipschitz约束",
]

ZH_PHRASES = [
    "我们知道", "换句话说", "这意味着", "不难证明", "事实上", "由此可见",
    "在这篇文章中", "注意到", "直观来看", "根据上式", "简单起见", "一般来说",
    "矩阵的谱范数", "模型的泛化能力", "梯度的方差", "损失函数的下界",
    "注意力矩阵", "概率分布", "变分下界", "的期望值", "积分的收敛性",
    "低秩分解的误差", "这个结果并不意外", "读者可以自行验证", "有兴趣的读者",
    "这一步是关键", "从而得到", "进一步地", "前面已经提到", "所以结论是",
    "训练的稳定性", "参数的初始化", "数值上更稳定", "计算复杂度", "向量的内积",
    "这就是所谓的", "可以看成是", "本质上就是", "在实验中", "效果显著提升",
]
EN_WORDS = (
    "the attention matrix is low rank so we can approximate it by a product of "
    "two thin matrices and the error bound follows from the singular value "
    "decomposition gradient descent converges when the learning rate is small "
    "enough relative to the Lipschitz constant of the loss function softmax "
    "normalizes the scores into a probability distribution over positions "
    "this is a standard trick in variational inference where we maximize the "
    "evidence lower bound instead of the intractable likelihood note that the "
    "expectation can be estimated with a single sample in practice which gives "
    "an unbiased but noisy estimate of the gradient the rotary position "
    "embedding multiplies queries and keys by rotation matrices so that the "
    "inner product depends only on the relative position"
).split()

INLINE_MATH = [
    r"$\exp(\boldsymbol{A})$", r"$x_1 + y_2^*$", r"$a<b$", r"$x_1*y_2*z$",
    r"$\mathcal{L}(\theta)$", r"$\sum_{i=1}^n x_i$", r"$\boldsymbol{W}_q$",
    r"$\Vert \boldsymbol{x}\Vert_2$", r"$p(x|y)$", r"$\{a_n\}$",
    r"$a_{i,j}^{(k)}$", r"$\frac{1}{2}$", r"$\mathcal{O}(n^2)$",
    r"$e^{-x^2/2}$", r"$\text{softmax}(\boldsymbol{q}\cdot\boldsymbol{k})$",
    r"$\mathbb{E}_{x\sim p(x)}[f(x)]$", r"$\lambda_{\max}$", r"$n\to\infty$",
    r"$\boldsymbol{Q}\boldsymbol{K}^{\top}$", r"$\theta_{t+1} = \theta_t - \eta g_t$",
    r"$\log \frac{p}{q}$", r"$\langle x, y\rangle$", r"$f'(x)$", r"$[0, 1]$",
]

DISPLAY_DOLLAR = [
    r"\boldsymbol{o}_i = \sum_{j=1}^n \frac{e^{\boldsymbol{q}_i\cdot\boldsymbol{k}_j}}"
    r"{\sum_{l=1}^n e^{\boldsymbol{q}_i\cdot\boldsymbol{k}_l}}\boldsymbol{v}_j",
    r"\exp(\boldsymbol{A}) = \sum_{k=0}^{\infty}\frac{\boldsymbol{A}^k}{k!}",
    r"\mathcal{L} = \mathbb{E}_{x\sim \tilde{p}(x)}\left[-\log q(x)\right] \geq H(\tilde{p})",
    r"KL\big(p(x)\Vert q(x)\big) = \int p(x)\log\frac{p(x)}{q(x)}dx",
    r"x_1*y_2*z = \prod_{i} a_i^{*} \quad \text{where } a<b",
]

ALIGNED = [
    (r"\mathcal{L}(\theta) =&\, \mathbb{E}_{x}\left[\log p_{\theta}(x)\right] \\"
     "\n" r"\geq&\, \mathbb{E}_{x}\mathbb{E}_{z\sim q(z|x)}\left[\log \frac{p_{\theta}(x,z)}{q(z|x)}\right] \\"
     "\n" r"=&\, -KL\big(q(z|x)\Vert p(z)\big) + \mathbb{E}\left[\log p_{\theta}(x|z)\right]"),
    (r"\boldsymbol{q}_m^{\top}\boldsymbol{k}_n =&\, (\boldsymbol{\mathcal{R}}_m \boldsymbol{q})^{\top}"
     r"(\boldsymbol{\mathcal{R}}_n \boldsymbol{k}) \\"
     "\n" r"=&\, \boldsymbol{q}^{\top}\boldsymbol{\mathcal{R}}_{n-m}\boldsymbol{k} \\"
     "\n" r"\{x_1*y_2*z\} =&\, \{a_1, a_2, \cdots\}"),
    (r"\theta_{t+1} =&\, \theta_t - \eta_t \frac{\hat{m}_t}{\sqrt{\hat{v}_t} + \epsilon} \\"
     "\n" r"m_t =&\, \beta_1 m_{t-1} + (1 - \beta_1) g_t \\"
     "\n" r"v_t =&\, \beta_2 v_{t-1} + (1 - \beta_2) g_t^2"),
]

BRACKET = [
    r"\Vert \boldsymbol{A}\boldsymbol{B}\Vert_F \leq \Vert \boldsymbol{A}\Vert_2 \Vert \boldsymbol{B}\Vert_F",
    r"p(x_t|x_{t-1}) = \mathcal{N}\left(x_t;\sqrt{1-\beta_t}x_{t-1}, \beta_t \boldsymbol{I}\right)",
    r"\frac{d\boldsymbol{x}}{dt} = -\nabla_{\boldsymbol{x}} U(\boldsymbol{x}) + \sqrt{2}\,\boldsymbol{\varepsilon}",
]

CODE_BLOCKS = [
    '''import numpy as np

def softmax(x, axis=-1):
    """Numerically stable softmax."""
    x = x - x.max(axis=axis, keepdims=True)
    e = np.exp(x)
    return e / e.sum(axis=axis, keepdims=True)


def attention(q, k, v, mask=None):
    scores = q @ k.T / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    return softmax(scores) @ v
''',
    '''import torch
from torch import nn


class RoPE(nn.Module):
    def __init__(self, dim, base=10000):
        super().__init__()
        inv = 1.0 / (base ** (torch.arange(0, dim, 2).float() / dim))
        self.register_buffer("inv_freq", inv)

    def forward(self, x, pos):
        # x: (batch, seq, dim), pos: (seq,)
        freqs = torch.einsum("i,j->ij", pos.float(), self.inv_freq)
        cos, sin = freqs.cos(), freqs.sin()
        x1, x2 = x[..., 0::2], x[..., 1::2]
        return torch.stack([x1 * cos - x2 * sin, x1 * sin + x2 * cos], -1).flatten(-2)
''',
    '''def expm(A, terms=20):
    """Truncated Taylor series of the matrix exponential."""
    n = len(A)
    result = [[float(i == j) for j in range(n)] for i in range(n)]
    term = [row[:] for row in result]
    for k in range(1, terms):
        term = [[sum(term[i][l] * A[l][j] for l in range(n)) / k
                 for j in range(n)] for i in range(n)]
        result = [[result[i][j] + term[i][j] for j in range(n)] for i in range(n)]
    return result

print(expm([[0, 1], [-1, 0]]))  # rotation by 1 radian
''',
]

LINK_TARGETS = [
    "https://kexue.fm/archives/{n}", "https://arxiv.org/abs/2{y}0{m}.{n:05d}",
    "https://en.wikipedia.org/wiki/Matrix_exponential",
    "https://github.com/example/repo{n}",
]


# --------------------------------------------------------------------------
# text generation
# --------------------------------------------------------------------------

def words_of(text):
    """Rough word count: English tokens + CJK characters / 2."""
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    eng = len(re.findall(r"[A-Za-z0-9]+", text))
    return eng + cjk // 2


def sentence(r, allow_math=True):
    parts = []
    for _ in range(r.randint(3, 6)):
        c = r.random()
        if c < 0.45:
            parts.append(r.choice(ZH_PHRASES))
        elif c < 0.75:
            i = r.randrange(len(EN_WORDS) - 8)
            parts.append(" ".join(EN_WORDS[i:i + r.randint(2, 8)]))
        elif allow_math:
            parts.append(r.choice(INLINE_MATH))
        else:
            parts.append(r.choice(ZH_PHRASES))
    s = ""
    for p in parts:
        if s and (p[0].isascii() or s[-1].isascii()):
            s += " "
        s += p
    end = r.choice(["。", "。", "。", ". ", "！", "？"])
    return s + end


def paragraph(r, n_sent=None, emphasis=False, link=None, footnote=False):
    sents = [sentence(r) for _ in range(n_sent or r.randint(3, 6))]
    if emphasis:
        k = r.randrange(len(sents))
        sents[k] = "*" + sents[k].rstrip("。. ！？") + "*。"
        k = r.randrange(len(sents))
        sents[k] = "**" + r.choice(ZH_PHRASES) + "**，" + sents[k]
    if link:
        k = r.randrange(len(sents))
        sents[k] = sents[k] + "参考[" + link[0] + "](" + link[1] + ")。"
    if footnote:
        sents[-1] = sents[-1] + "[^1]"
    return "".join(sents)


def make_post(r, i, base_date):
    """Return (meta dict, markdown body)."""
    a, b = r.sample(TITLE_TOPICS, 2)
    title = r.choice(TITLE_ZH).format(a=a, b=b)
    if r.random() < 0.4:
        title += " (Part %d)" % r.randint(1, 9)
    date = base_date + dt.timedelta(seconds=r.randrange(10 * 365 * 86400))
    ntags = r.randint(2, 5)
    tags = r.sample(TAGS, ntags)
    cats = r.sample(CATEGORIES, r.randint(1, 2))
    slug = "p%05d-%s" % (i, tags[0][1])
    meta = {
        "title": title,
        "author": r.choice(AUTHORS),
        "date": date,
        "readers": r.randint(10, 200000),
        "tags": [t[0] for t in tags],
        "categories": [c[0] for c in cats],
        "slug": slug,
    }

    target_words = r.randint(720, 1380)
    has_code = r.random() < 0.5
    has_table = r.random() < 0.2
    has_footnote = r.random() < 0.2
    y, m = date.year % 10, r.randint(1, 9)
    link_url = r.choice(LINK_TARGETS).format(n=r.randint(1, 99999), y=y, m=m)
    link = ("这篇论文" if r.random() < 0.5 else "this post", link_url)

    blocks = [paragraph(r, 3), "<!--more-->"]
    optional = ["list", "quote", "dollar", "aligned", "bracket", "emph", "link"]
    if has_code:
        optional.append("code")
    if has_table:
        optional.append("table")
    if has_footnote:
        optional.append("footnote")
    r.shuffle(optional)
    sec = 1
    blocks.append("## %s" % r.choice(["问题背景", "基本思路", "Background", "推导过程"]))
    words = words_of("\n".join(blocks))
    while optional or words < target_words:
        if words >= target_words or (optional and r.random() < 0.3):
            kind = optional.pop()
        else:
            kind = "para"
        n_before = len(blocks)
        if kind == "para":
            blocks.append(paragraph(r))
            if r.random() < 0.12:
                sec += 1
                blocks.append("## %d. %s" % (sec, r.choice(TITLE_TOPICS)))
        elif kind == "emph":
            blocks.append(paragraph(r, emphasis=True))
        elif kind == "link":
            blocks.append(paragraph(r, link=link))
        elif kind == "footnote":
            blocks.append(paragraph(r, footnote=True))
        elif kind == "list":
            ordered = r.random() < 0.5
            items = []
            for j in range(r.randint(3, 6)):
                mark = "%d." % (j + 1) if ordered else "-"
                items.append("%s %s" % (mark, sentence(r)))
            blocks.append("\n".join(items))
        elif kind == "quote":
            blocks.append("> " + sentence(r) + "\n>\n> " + sentence(r, allow_math=False))
        elif kind == "dollar":
            blocks.append("$$" + r.choice(DISPLAY_DOLLAR) + "$$")
        elif kind == "aligned":
            blocks.append("\\begin{equation}\\begin{aligned}\n" + r.choice(ALIGNED)
                          + "\n\\end{aligned}\\end{equation}")
        elif kind == "bracket":
            blocks.append("\\[\n" + r.choice(BRACKET) + "\n\\]")
        elif kind == "code":
            blocks.append("```python\n" + r.choice(CODE_BLOCKS) + "```")
        elif kind == "table":
            rows = ["| 模型 | 参数量 | $\\log p(x)$ | Acc |",
                    "| --- | ---: | :---: | ---: |"]
            for j in range(r.randint(3, 6)):
                rows.append("| %s-%d | %dM | $%0.2f$ | %0.1f%% |" % (
                    r.choice(["Base", "Large", "RoPE", "ALiBi"]), j,
                    r.randint(10, 900), -r.random() * 100, 50 + r.random() * 50))
            blocks.append("\n".join(rows))
        words += sum(words_of(b) for b in blocks[n_before:])
    if has_footnote:
        blocks.append("[^1]: 这是一个脚注，footnote with $x_1*y_2*z$ math.")
    body = "\n\n".join(blocks) + "\n"
    return meta, body


def generate(n, seed):
    r = random.Random(seed)
    base = dt.datetime(2014, 1, 1, 0, 0, 0)
    return [make_post(r, i, base) for i in range(n)]


# --------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------

def q(s):
    """YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def yaml_front(meta, extra=()):
    d = meta["date"]
    lines = ["---",
             "title: " + q(meta["title"]),
             "author: " + q(meta["author"]),
             "date: " + d.strftime("%Y-%m-%dT%H:%M:%S+08:00"),
             "readers: %d" % meta["readers"],
             "tags: [" + ", ".join(q(t) for t in meta["tags"]) + "]",
             "categories: [" + ", ".join(q(c) for c in meta["categories"]) + "]",
             "slug: " + meta["slug"]]
    lines.extend(extra)
    lines.append("---")
    return "\n".join(lines) + "\n"


def wfile(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_blogbuild(posts, out):
    for meta, body in posts:
        wfile(os.path.join(out, "posts", meta["slug"] + ".md"),
              yaml_front(meta) + "\n" + body)


HUGO_CONFIG = '''baseURL = "http://example.org/"
languageCode = "zh-cn"
title = "Bench Blog"
paginate = 10
disableKinds = ["RSS", "sitemap", "robotsTXT", "section", "404"]
summaryLength = 70
[taxonomies]
  tag = "tags"
[permalinks]
  posts = "/posts/:slug/"
[markup.goldmark.renderer]
  unsafe = true
[markup.highlight]
  codeFences = true
  noClasses = false
'''

HUGO_BASEOF = '''<!DOCTYPE html>
<html lang="zh-cn"><head><meta charset="utf-8"><title>{{ block "title" . }}{{ .Site.Title }}{{ end }}</title>
<script src="https://cdn.example.org/mathjax/tex-chtml.js" async></script></head>
<body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a> | <a href="{{ "/tags/" | relURL }}">Tags</a></header>
{{ block "main" . }}{{ end }}
</body></html>
'''

HUGO_INDEX = '''{{ define "main" }}
{{ $pag := .Paginate (where .Site.RegularPages "Type" "posts") }}
{{ range $pag.Pages }}
<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p class="meta">{{ .Date.Format "2006-01-02" }} · {{ .Params.author }} · {{ .Params.readers }} readers</p>
<div class="excerpt">{{ .Summary }}</div></article>
{{ end }}
<nav>{{ if $pag.HasPrev }}<a href="{{ $pag.Prev.URL }}">newer</a>{{ end }}
{{ if $pag.HasNext }}<a href="{{ $pag.Next.URL }}">older</a>{{ end }}</nav>
{{ end }}
'''

HUGO_SINGLE = '''{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<article><h1>{{ .Title }}</h1>
<p class="meta">{{ .Date.Format "2006-01-02" }} · {{ .Params.author }} · {{ .Params.readers }} readers ·
{{ range .Params.categories }}<span class="cat">{{ . }}</span> {{ end }}</p>
<div class="content">{{ .Content }}</div>
<p class="tags">{{ range .GetTerms "tags" }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>
</article>
{{ end }}
'''

HUGO_LIST = '''{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Pages }}<li>{{ .Date.Format "2006-01-02" }} <a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
{{ end }}
'''

HUGO_TERMS = '''{{ define "title" }}{{ .Title }}{{ end }}
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.ByCount }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>
{{ end }}</ul>
{{ end }}
'''


def write_hugo(posts, out):
    wfile(os.path.join(out, "config.toml"), HUGO_CONFIG)
    L = os.path.join(out, "layouts")
    wfile(os.path.join(L, "_default", "baseof.html"), HUGO_BASEOF)
    wfile(os.path.join(L, "index.html"), HUGO_INDEX)
    wfile(os.path.join(L, "_default", "single.html"), HUGO_SINGLE)
    wfile(os.path.join(L, "_default", "list.html"), HUGO_LIST)
    wfile(os.path.join(L, "_default", "terms.html"), HUGO_TERMS)
    for meta, body in posts:
        wfile(os.path.join(out, "content", "posts", meta["slug"] + ".md"),
              yaml_front(meta) + "\n" + body)


WRITERS = {
    "blogbuild": write_blogbuild,
    "hugo": write_hugo,
}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--posts", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--format", default="blogbuild",
                    choices=sorted(WRITERS) + ["all"])
    ap.add_argument("--seed", type=int, default=20240601)
    a = ap.parse_args(argv)
    posts = generate(a.posts, a.seed)
    if a.format == "all":
        for name, w in WRITERS.items():
            w(posts, os.path.join(a.out, name))
    else:
        WRITERS[a.format](posts, a.out)
    total_words = sum(words_of(b) for _, b in posts)
    print("wrote %d posts (%s) to %s, %.0f words/post avg" % (
        len(posts), a.format, a.out, total_words / max(1, len(posts))))


if __name__ == "__main__":
    main()
