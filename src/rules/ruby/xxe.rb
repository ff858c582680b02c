def parse(xml)
  # ruleid: ruby.xxe
  doc = Nokogiri::XML(xml) { |config| config.noent }
  # ruleid: ruby.xxe
  doc2 = Nokogiri::XML(xml, nil, nil, Nokogiri::XML::ParseOptions::NOENT | Nokogiri::XML::ParseOptions::DTDLOAD)
  # ok: ruby.xxe
  safe = Nokogiri::XML(xml) { |config| config.strict.nonet }
  # ok: ruby.xxe
  default = Nokogiri::XML(xml)
end
