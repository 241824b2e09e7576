// Posts written for Jekyll and Hugo build as they are; what Rounds leaves out is named with file and line.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
[
    "2016-03-26-liquid-highlight.md:12: Template tag of another generator '{% highlight ruby %}': it is shown as a code block.",
    "2016-03-26-liquid-highlight.md:37: Template tag of another generator '{% comment %}': it and its text are left out of the page.",
    "_posts/2019-05-04-moving-off-wordpress.md:4: The date 'the first Saturday in May' cannot be read; the file name's date 2019-05-04 is used.",
    "_posts/2019-05-04-moving-off-wordpress.md:35: Template tag of another generator '{{ site.baseurl }}'",
    "hugo-shortcodes.md:21: Template tag of another generator '{{% notice warning %}}'",
    "hugo-shortcodes.md:31: Template tag of another generator '{{< youtube dQw4w9WgXcQ >}}'",
].each { assert log.contains("[WARNING] " + it) : it }
assert !log.contains('toml-front-matter.md:') : 'the TOML post is clean'

def site = new File(basedir, 'target/site')
def liquid = new File(site, '2016/03/liquid-highlight/index.html').text
assert liquid.contains('Date.strptime') : '{% highlight %} becomes a code block'
assert !liquid.contains('TODO: add a section') : 'a Liquid comment block is the author\'s note, not page text'
assert !liquid.contains('{%') && !liquid.contains('{{')
def hugo = new File(site, '2021/11/hugo-shortcodes/index.html').text
assert hugo.contains('Never point a wall-mounted screen') : 'prose inside a shortcode pair is kept'
assert !hugo.contains('{{<') && !hugo.contains('{{%')
assert new File(site, '2020/06/hugo-toml/index.html').isFile() : 'TOML front matter, slug from front matter'
assert new File(site, '2019/05/moving-off-wordpress/index.html').isFile() : 'date from the _posts file name'
assert new File(site, 'old/hugo-toml/index.html').isFile() : 'aliases become redirects'
return true
