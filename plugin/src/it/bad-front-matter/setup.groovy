// A site from an earlier, good build: a failed build must leave it as it was.
def old = new File(basedir, 'target/site/index.html')
old.parentFile.mkdirs()
old.text = 'previous site'
return true
