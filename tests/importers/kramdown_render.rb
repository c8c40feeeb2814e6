# kramdown (Debian's ruby-kramdown and ruby-kramdown-parser-gfm) configured as Jekyll configures it,
# on a whole corpus in one process.
# stdin: {"jobs": [{"input": "GFM" | "kramdown", "plain": bool, "posts": [markdown, ...]}, ...]}
# stdout: one list of HTML pages per job.
# plain: without what the importer does not model on purpose (a formula broken by it is still taken
# as its author meant it): emphasis, strikethrough, smart quotes and typographic symbols, and tables
# without a header line (kramdown takes any paragraph line holding a `|`, `$$P(A|B)$$` say, for one).
require 'json'
require 'kramdown'
require 'kramdown-parser-gfm'

UNMODELLED = %i[emphasis strikethrough_gfm smart_quotes typographic_syms].freeze

# The parser without what the importer does not model.
module Plain
  HEADED_TABLE = /[ \t]*\|[^\n]*\n#{Kramdown::Parser::Kramdown::TABLE_SEP_LINE}/.freeze

  def initialize(source, options)
    super
    @span_parsers -= UNMODELLED
  end

  def parse_table
    @src.check(HEADED_TABLE) ? super : false
  end
end

module Kramdown
  module Parser
    class GFMPlain < GFM
      include Plain
    end

    class KramdownPlain < Kramdown
      include Plain
    end
  end
end

# Jekyll's defaults (its configuration docs), math_engine: mathjax (kramdown's default)
JEKYLL = {hard_wrap: false, auto_ids: true, entity_output: :as_char, math_engine: 'mathjax',
          syntax_highlighter: nil, smart_quotes: 'lsquo,rsquo,ldquo,rdquo'}.freeze

out = JSON.parse($stdin.read)['jobs'].map do |job|
  input = job['input'] + (job['plain'] ? 'Plain' : '')
  job['posts'].map { |text| Kramdown::Document.new(text, JEKYLL.merge(input: input)).to_html }
end
$stdout.write(JSON.generate(out))
