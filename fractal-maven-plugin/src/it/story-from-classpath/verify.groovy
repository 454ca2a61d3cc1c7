// the bundle is in the jar, with a kernel for each default target
def jar = new java.util.zip.ZipFile(new File(basedir, 'target/story-from-classpath-1.0.jar'))
try {
  ['manifest.json', 'host', 'sm_80', 'sm_90'].each { part ->
    assert jar.entries().toList().any { it.name.startsWith('fractal/llama2c/') && it.name.contains(part) } : "the jar has no fractal/llama2c/ entry for $part"
  }
} finally {
  jar.close()
}
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
return true
