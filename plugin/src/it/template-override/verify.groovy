def page = new File(basedir, 'target/site/2026/10/one/index.html').text
assert page.contains('id="custom-template"') : 'the blog template must win over the theme'
// The other templates still come from the theme jar.
assert new File(basedir, 'target/site/index.html').text.contains('css/rounds.css')
return true
