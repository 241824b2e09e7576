def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def site = new File(basedir, 'target/site')
assert new File(site, '2026/10/hand-hygiene/index.html').text.contains('summary_large_image')
assert new File(site, '2026/10/hand-hygiene/cover.svg').isFile()
assert !new File(site, '2027').exists() : 'the future post is not published'
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rounds/campaign.json'))
assert plan.tweets.size() >= 40
assert plan.tweets.every { it.weightedLength <= 140 && it.status == 'ready' }
assert new File(basedir, 'target/deployed/index.html').isFile()
def outbox = new File(basedir, 'target/rounds/outbox.jsonl').readLines()
assert outbox.size() == 1 : "the intro of the post published that morning, nothing stale: ${outbox}"
assert outbox[0].contains('Hand hygiene')
return true
