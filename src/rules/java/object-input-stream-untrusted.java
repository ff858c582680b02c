import java.io.*;
import java.net.*;

public class Server {
    public void handle(Socket socket, HttpServletRequest request) throws Exception {
        // ruleid: java.object-input-stream-untrusted
        ObjectInputStream in = new ObjectInputStream(socket.getInputStream());
        // ruleid: java.object-input-stream-untrusted
        Object o = new ObjectInputStream(request.getInputStream()).readObject();
        // ok: java.object-input-stream-untrusted
        ObjectInputStream local = new ObjectInputStream(new FileInputStream("state.bin"));
        // ok: java.object-input-stream-untrusted
        DataInputStream data = new DataInputStream(socket.getInputStream());
    }
}
