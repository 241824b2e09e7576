assert !new File(basedir, 'target/site').exists()
assert new File(basedir, 'build.log').text.contains('Skipping Rounds: rounds.skip is true.')
return true
