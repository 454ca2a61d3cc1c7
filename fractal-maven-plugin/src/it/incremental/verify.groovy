def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/classes/fractal/llama2c/manifest.json').isFile()
assert log.contains('fractal: llama2c is up to date, not compiled') : 'the second build compiled the model again'
assert log.contains('fractal: 0 of 1 model compiled')
return true
