import java.beans.XMLDecoder;
import com.thoughtworks.xstream.XStream;
import org.yaml.snakeyaml.Yaml;
import com.fasterxml.jackson.databind.ObjectMapper;

public class Loader {
    public Object load(InputStream in, String xml, String text) {
        // ruleid: java.unsafe-deserialization-library
        XMLDecoder decoder = new XMLDecoder(in);
        XStream xstream = new XStream();
        // ruleid: java.unsafe-deserialization-library
        Object o = xstream.fromXML(xml);
        // ruleid: java.unsafe-deserialization-library
        Object y = new Yaml().load(text);
        ObjectMapper mapper = new ObjectMapper();
        // ruleid: java.unsafe-deserialization-library
        mapper.enableDefaultTyping();
        // ok: java.unsafe-deserialization-library
        Object safe = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        // ok: java.unsafe-deserialization-library
        Config c = mapper.readValue(text, Config.class);
        return o;
    }
}
