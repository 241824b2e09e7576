import java.nio.file.Files
import java.nio.file.StandardCopyOption

// The example blog's posts, templates, static files and authors, copied in: the IT builds the real thing.
def from = new File(basedir, '../../../../example-blog/src').canonicalFile.toPath()
assert Files.isDirectory(from) : "no example blog at ${from}"
def to = basedir.toPath().resolve('src')
Files.walk(from).withCloseable { paths ->
    paths.forEach { path ->
        def target = to.resolve(from.relativize(path).toString())
        if (Files.isDirectory(path)) {
            Files.createDirectories(target)
        } else {
            Files.createDirectories(target.parent)
            Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING)
        }
    }
}
return true
