public class Keys {
    // ruleid: java.hardcoded-secret-pattern
    private static final String YOUTUBE_API_KEY = "AIzaSyC1rMU-mkhoyTvBIdTnYU0dss0tU9vtK48";
    // ok: java.hardcoded-secret-pattern
    private static final String YOUTUBE_API_KEY_NAME = "youtube.api.key";
}
