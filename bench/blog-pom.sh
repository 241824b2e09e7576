#!/usr/bin/env bash
# Sourced by bench/run.sh, bench/ab.sh, bench/floor.sh and bench/serve.sh.

# The blog around a corpus: only the posts folder and a permalink with the day (the corpus repeats titles in a month).
write_pom() {
  cat > "$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-blog</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <name>Bench Blog</name>
  <url>https://example.org/</url>
  <properties>
    <rounds.postsDirectory>\${project.basedir}/posts</rounds.postsDirectory>
    <rounds.permalink>/:year/:month/:day/:slug/</rounds.permalink>
    <rounds.now>2030-01-01T00:00:00Z</rounds.now>
  </properties>
</project>
POM
}
