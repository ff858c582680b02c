def read_cache(path)
  # ruleid: ruby.marshal-load
  Marshal.load(File.binread(path))
end

def settings(path)
  # ruleid: ruby.marshal-load
  YAML.load(File.read(path))
end

def parse(json)
  # ruleid: ruby.marshal-load
  Oj.load(json)
end

def copy(obj)
  # ok: ruby.marshal-load
  copy = Marshal.load(Marshal.dump(obj))
  # ok: ruby.marshal-load
  data = YAML.safe_load(File.read("config.yml"))
  # ok: ruby.marshal-load
  strict = Oj.load(json, mode: :strict)
  # ok: ruby.marshal-load
  conf = YAML.load(File.read(path), permitted_classes: [Symbol])
end
