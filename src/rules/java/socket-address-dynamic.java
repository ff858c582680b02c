public class Client {
    void connect(Configuration configuration, String host, int port) throws IOException {
        // ruleid: java.socket-address-dynamic
        this.address = new InetSocketAddress(configuration.getHost(), configuration.getPort());
        // ruleid: java.socket-address-dynamic
        socket.connect(new InetSocketAddress(host, port), 1000);
        // ruleid: java.socket-address-dynamic
        Socket s = new Socket(host, port);
        // ok: java.socket-address-dynamic
        server.bind(new InetSocketAddress(8080));
        // ok: java.socket-address-dynamic
        InetSocketAddress local = new InetSocketAddress("localhost", port);
        // ok: java.socket-address-dynamic
        InetSocketAddress loop = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }
}
