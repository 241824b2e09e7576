def log = new File(basedir, 'build.log').text
assert log.contains('broken-yaml.md:') && log.contains('YAML front matter is broken')
assert log.contains('bad-date.md:3') && log.contains("cannot be read")
assert log.contains('latin1.md:5') && log.contains('not UTF-8')
assert log.contains('empty.md') && log.contains('The file is empty')
assert log.contains('escape.md') && log.contains('leave the site folder')
assert log.contains('same-b.md') && log.contains('Two posts have the path /2026/01/same/')
assert log.contains('6 problems to fix')
assert new File(basedir, 'target/site/index.html').text == 'previous site'
return true
