// rounds:campaign fails on a teaser that names a patient, after writing the plan and its preview for the author.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('sepsis-case.md: Teaser ') && log.contains(' is blocked: ')
assert log.contains('name "Mr. Alvarez" (name:76f10099)') : 'names the category, the matched text and the finding id'
assert log.contains("add '- name:76f10099' under 'acknowledged:'") : 'says how to acknowledge it'

def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rounds/campaign.json'))
def blocked = plan.tweets.findAll { it.status == 'blocked' }
assert blocked.size() == 1
assert blocked[0].post == 'sepsis-case.md'
assert blocked[0].findings*.id.contains('name:76f10099')
assert plan.tweets.findAll { it.status == 'ready' }.size() >= 1 : 'the rest of the series is planned as usual'

def preview = new File(basedir, 'target/rounds/preview/index.html').text
assert preview.contains("id=\"t-${blocked[0].id}\"") && preview.contains('tweet-card blocked')
assert preview.contains('name:76f10099')
return true
