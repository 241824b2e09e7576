def log = new File(basedir, 'build.log').text
assert log.contains('[dry run] would post ') : 'the dry run reaches the one network call and stops there'
assert log.contains('[dry run] Published 1,') : 'the publish summary says it was a dry run'
assert log.contains('BUILD SUCCESS') : 'a dry run needs no credentials'
assert !new File(basedir, 'rounds-ledger.json').exists() : 'a dry run records nothing'
assert !log.contains('TWITTER_API_SECRET=')
return true
