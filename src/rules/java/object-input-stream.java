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
