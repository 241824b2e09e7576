def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
assert new File(site, '2026/10/sepsis/index.html').isFile()
assert new File(site, 'feed.xml').text.contains('https://it.example.org/2026/10/sepsis/')
assert new File(site, 'sitemap.xml').isFile()
assert new File(site, 'tags/sepsis/index.html').isFile()
def plan = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/rounds/campaign.json'))
assert plan.tweets.size() >= 4
plan.tweets.each { t ->
    assert t.weightedLength <= 140
    assert t.text.contains('https://it.example.org/')
    assert t.status == 'ready'
}
assert new File(basedir, 'target/rounds/preview/index.html').text.contains('Sepsis in the first hour')
def log = new File(basedir, 'build.log').text
assert log.contains('Built 2 posts')
assert log.contains('Planned')
return true
