// every error of the model, located, in Maven's error format; and the build failed because of them
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/fractal/broken.fractal').canonicalPath
[
  "[ERROR] ${file}:18:13: unknown name 'emb2'; did you mean 'emb'? [unknown-name]",
  "[ERROR] ${file}:19:28: unknown function 'sums' [unknown-function]",
].each { line -> assert log.contains(line) : "the build log lacks: $line" }
assert log.contains('fractal: the models have errors: 2 errors')
assert log.contains('BUILD FAILURE')
return true
