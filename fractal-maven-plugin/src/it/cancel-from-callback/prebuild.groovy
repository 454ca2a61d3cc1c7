// the model is the repository's own program, copied in rather than kept twice
def src = new File(fractalRoot, 'models/llama2c.fractal')
def dst = new File(basedir, 'src/main/fractal/llama2c.fractal')
dst.parentFile.mkdirs()
dst.bytes = src.bytes
return true
