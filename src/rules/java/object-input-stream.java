import java.io.*;

public class Store {
    public Object load(byte[] bytes) throws Exception {
        // ruleid: java.object-input-stream
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return ois.readObject();
        }
    }

    public Object copy(ByteArrayInputStream bis) throws Exception {
        // ruleid: java.object-input-stream
        return new ObjectInputStream(bis).readObject();
    }

    public void save(Object o, File f) throws IOException {
        // ok: java.object-input-stream
        try (ObjectOutputStream out = new ObjectOutputStream(new FileOutputStream(f))) {
            out.writeObject(o);
        }
    }
}

class Filtered {
    public Object read(InputStream in) throws Exception {
        // ok: java.object-input-stream
        ObjectInputStream ois = new ObjectInputStream(in);
        ois.setObjectInputFilter(ObjectInputFilter.Config.createFilter("com.example.dto.*;!*"));
        return ois.readObject();
    }

    public Object legacy(FileInputStream fis) throws Exception {
        ObjectInputStream ois;
        // ruleid: java.object-input-stream
        ois = new ObjectInputStream(fis);
        return ois.readObject();
    }

    public Object cast(byte[] b) throws Exception {
        // ruleid: java.object-input-stream
        Object o = (Object) new ObjectInputStream(new ByteArrayInputStream(b)).readObject();
        return o;
    }
}
