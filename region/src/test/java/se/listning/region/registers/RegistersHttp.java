package se.listning.region.registers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** GETs JSON from a region's /registers endpoints over real HTTP. */
final class RegistersHttp {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;

    RegistersHttp(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The body of a 200 answer as a JSON object, in the answer's field order. */
    Map<String, Object> object(String path) throws IOException, InterruptedException {
        return JSON.readValue(ok(path), new TypeReference<LinkedHashMap<String, Object>>() { });
    }

    /** The body of a 200 answer as a JSON array of objects. */
    List<Map<String, Object>> array(String path) throws IOException, InterruptedException {
        return JSON.readValue(ok(path), new TypeReference<List<Map<String, Object>>>() { });
    }

    private String ok(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
