// Smoke test of the benchmark harnesses (bench/run.sh: 50 posts, one run per row; bench/ab.sh: 50 posts, one run a
// side; bench/floor.sh: 50 posts, one run per row; bench/serve.sh: 50 posts, three saves), against the plugin this build
// installed into the invoker's local repository. Hugo is timed only if it is on the PATH (.ci/setup.sh does not
// install it); without it the Hugo columns show '-' and this says so.
def repo = new File(basedir, '../../../..').canonicalFile
def shared = new File(repo, '../shared').canonicalFile
if (!new File(shared, 'bench/gen-corpus.py').isFile()) {
    println "bench-smoke: skipped, no ${shared}/bench/gen-corpus.py"
    return true
}
def hugo = ['sh', '-c', 'command -v hugo'].execute().waitFor() == 0
if (!hugo) {
    println 'bench-smoke: hugo is not installed, timing Rounds only'
}
// The plugin under test is in the invoker's local repository; what it lacks (BOMs, parents) comes from the user's.
def userRepo = new File(System.getProperty('maven.repo.local') ?: "${System.getProperty('user.home')}/.m2/repository")
def work = new File(basedir, 'bench-work')
work.mkdirs()
def settings = new File(work, 'settings.xml')
settings.text = """<settings>
  <localRepository>${localRepositoryPath}</localRepository>
  <profiles><profile><id>user-repo</id><activation><activeByDefault>true</activeByDefault></activation>
    <repositories><repository><id>user-repo</id><url>${userRepo.toURI()}</url></repository></repositories>
    <pluginRepositories><pluginRepository><id>user-repo</id><url>${userRepo.toURI()}</url></pluginRepository></pluginRepositories>
  </profile></profiles>
</settings>
"""
// Runs one of the harnesses with the shared settings and these; returns what it printed.
def harness = { String script, List<String> settingsHere ->
    def env = System.getenv().collect { k, v -> "$k=$v" } + [
            'POSTS=50', "SHARED=${shared}", "HUGO=${hugo ? 'auto' : 'skip'}", "ROUNDS_MVN_ARGS=-s ${settings}"] +
            settingsHere
    def process = ['bash', new File(repo, "bench/${script}").path].execute(env, repo)
    def out = new StringBuilder()
    process.consumeProcessOutput(out, out)
    assert process.waitFor() == 0 : "bench/${script} failed:\n${out}"
    println out
    out
}
// With the class-data archive the README describes (CDS=on), so that path of the harness is run too.
def out = harness('run.sh', ['RUNS=1', "WORK=${work}".toString(), 'CDS=on'])
assert new File(work, 'corpus-50/.mvn/classes.jsa').isFile() : "no archive written:\n${new File(work, 'last.log').text}"
assert new File(work, 'corpus-50/.mvn/jvm.config').text.contains('-XX:SharedArchiveFile=') : 'the archive is not mapped'
assert out.contains('class data sharing archive from the warm-up run') : "the heading does not say so:\n${out}"
assert !(out =~ /Rounds runs ended with a non-zero exit/).find() || new File(work, '50-full-rounds.log').text
        .contains('is blocked') : "Rounds failed:\n${new File(work, '50-full-rounds.log').text}"
for (row in ['full', 'no change', 'one edit', 'a heading', 'a new post']) {
    def rounds = out =~ /(?m)^\| 50 +\| ${row} +\| +\d+\.\d+ \| +\d+ \|/
    assert rounds.find() : "no Rounds figures for '${row}' in:\n${out}"
    if (hugo) {
        assert (out =~ /(?m)^\| 50 +\| ${row} +\|( +[\d.]+ \|){6}/).find() : "no Hugo figures for '${row}' in:\n${out}"
    }
}

// The side-by-side harness, with the plugin under test on both sides, one run each.
def ab = harness('ab.sh', ['RUNS=1', "WORK=${new File(work, 'ab')}".toString(),
        "BASE_MVN_ARGS=-s ${settings}".toString()])
for (side in ['base', 'this']) {
    assert (ab =~ /(?m)^\| ${side} \| \d+\.\d+ \| \d+\.\d+ \| \d+ \|$/).find() : "no figures for ${side} in:\n${ab}"
}
assert ab.contains('Time ratio (this / base): ') : "no ratio in:\n${ab}"

// The floor: the posts read and rendered by flexmark alone, beside Hugo's full build and Rounds' own, one run each.
def floor = harness('floor.sh', ['RUNS=1', "WORK=${new File(work, 'floor')}".toString(),
        "MAVEN_REPO=${localRepositoryPath}".toString()])
for (row in ['posts read, no Markdown', 'flexmark without extensions', "with the JVM's default options",
             'flexmark as Rounds renders', 'Rounds: full build']) {
    assert (floor =~ /(?m)^\| 50 +\| [^|]*${row}[^|]*\| +\d+\.\d+ \| +\d+ \|/).find() : "no figures for '${row}' in:\n${floor}"
}
// Each step of the floor ran to its end, over every post; the full build ran, or the guard blocked a teaser.
for (step in ['read', 'core', 'core-defaults', 'rounds']) {
    def runs = new File(work, "floor/50-${step}.txt").readLines()
    def log = new File(work, "floor/50-${step}.log").text
    assert runs.size() == 1 && runs[0] ==~ /[\d.]+ \d+ 0/ : "the floor's ${step} step failed (${runs}):\n${log}"
    assert log.contains(': 50 posts, ') : "the floor's ${step} step did not read the 50 posts:\n${log}"
}
def full = new File(work, 'floor/50-full.txt').readLines()
assert full.size() == 1 && (full[0].endsWith(' 0') || new File(work, 'floor/50-full.log').text.contains('is blocked')) :
        "the floor's full build failed (${full}):\n${new File(work, 'floor/50-full.log').text}"
if (hugo) {
    assert (floor =~ /(?m)^\| 50 +\| Hugo: full build +\| +[\d.]+ \| +\d+ \| +1\.00 \|/).find() : "no Hugo row in:\n${floor}"
    assert floor.contains('50 posts: a full build at 0.5x Hugo (issue 8) would take ') : "no budget line in:\n${floor}"
}

// The live preview's harness: rounds:serve (on any free port) and, if installed, hugo server, three saves each.
def served = harness('serve.sh', ['EDITS=3', 'PAUSE=1', "WORK=${new File(work, 'serve')}".toString(), 'ROUNDS_PORT=0'])
assert (served =~ /(?m)^\| rounds:serve rebuild +\| +\d+ \|/).find() : "no rebuild figure in:\n${served}"
assert (served =~ /(?m)^\| rounds:serve after save +\| +\d+ \|/).find() : "no after-save figure in:\n${served}"
if (hugo) {
    assert (served =~ /(?m)^\| hugo server rebuild +\| +\d+ \|/).find() : "no Hugo figure in:\n${served}"
}
return true
