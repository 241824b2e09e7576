// Two runs of build, campaign, deploy and publish at the same hour: the second sends nothing and copies nothing.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] BUILD SUCCESS/)
assert runs.size() == 3 : 'two successful invocations in one build.log'
def first = runs[0], second = runs[1]

assert first.contains('Published 2, waiting 0')
assert first =~ /Deployed the site to file:\S+target\/deployed\/: \d+ files copied/
assert second.contains('Site is up to date: 1 post and 0 pages in ') : 'the site is not built again'
assert second.contains('Campaign is up to date: ') : 'the campaign is not planned again'
assert second.contains(': 0 files copied, ') : 'the deploy copies nothing'
assert second.contains('Published 0, waiting 0') : 'nothing is sent twice'

def outbox = new File(basedir, 'target/rounds/outbox.jsonl').readLines().collect { new JsonSlurper().parseText(it) }
assert outbox.size() == 2
assert outbox*.id.unique().size() == 2

def plan = new JsonSlurper().parse(new File(basedir, 'target/rounds/campaign.json'))
def due = plan.tweets.findAll { java.time.OffsetDateTime.parse(it.scheduledAt).toInstant() <= java.time.Instant.parse('2026-10-21T08:30:00Z') }
assert outbox*.id as Set == due*.id as Set : 'exactly what was due went out'

def ledger = new JsonSlurper().parse(new File(basedir, 'rounds-ledger.json'))
assert ledger.entries.keySet() == outbox*.id as Set
ledger.entries.each { id, entry -> assert entry.state == 'sent' && entry.channel == 'outbox' }

assert new File(basedir, 'target/deployed/2026/10/sepsis/index.html').isFile()
return true
