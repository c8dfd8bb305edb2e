// Java Lucene 8.8 side of benchmarks/peers/run.sh (Debian liblucene8-java), the same work as the .NET side
// (benchmarks/Search.Benchmarks/Peers): the engine a publisher would otherwise pick, on the same corpus and queries.
//   index  --corpus F.jsonl[.gz] --index DIR
//   search --index DIR --queries F [--repeat K]
// Fields: id (stored string), title (stored text), body (stored text with term vectors; null becomes the title);
// EnglishAnalyzer, BM25(1.2, 0.75), 16 MB RAM buffer. Search: SimpleQueryParser (title 2, body 1, OR), top 10,
// IndexSearcher.search(q, 10) as an application calls it (total hits counted up to 1,000, block-max WAND on).
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;

public class PeerBench {
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            String k = args[i].substring(2);
            o.put(k, i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "true");
        }
        System.out.println("engine: java | Java Lucene " + org.apache.lucene.util.Version.LATEST + " | "
                + System.getProperty("java.runtime.version") + " | cores=" + Runtime.getRuntime().availableProcessors());
        if (args.length > 0 && args[0].equals("index")) index(o.get("corpus"), o.get("index"));
        else if (args.length > 0 && args[0].equals("search")) search(o.get("index"), o.get("queries"), Integer.parseInt(o.getOrDefault("repeat", "20")));
        else { System.err.println("usage: index --corpus F --index D | search --index D --queries F [--repeat K]"); System.exit(2); }
    }

    static void index(String corpus, String dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        cfg.setSimilarity(new BM25Similarity(1.2f, 0.75f));
        cfg.setRAMBufferSizeMB(16.0);
        FieldType bodyType = new FieldType(TextField.TYPE_STORED);
        bodyType.setStoreTermVectors(true);
        bodyType.freeze();
        long t0 = System.nanoTime();
        int n = 0;
        InputStream in = Files.newInputStream(Paths.get(corpus));
        if (corpus.endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        try (FSDirectory d = FSDirectory.open(Paths.get(dir)); IndexWriter w = new IndexWriter(d, cfg);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                Map<String, String> rec = Json.strings(line);
                String title = rec.getOrDefault("title", "");
                Document doc = new Document();
                doc.add(new StringField("id", rec.getOrDefault("id", ""), Field.Store.YES));
                doc.add(new Field("title", title, TextField.TYPE_STORED));
                doc.add(new Field("body", rec.getOrDefault("body", title), bodyType));
                w.addDocument(doc);
                n++;
            }
            w.commit();
        }
        System.out.printf(Locale.ROOT, "indexed %d docs%n  index time %.2f s%n", n, (System.nanoTime() - t0) / 1e9);
    }

    static void search(String dir, String queryFile, int repeat) throws IOException {
        List<String> qs = new ArrayList<>();
        for (String l : Files.readAllLines(Paths.get(queryFile), StandardCharsets.UTF_8)) {
            String t = l.trim();
            if (!t.isEmpty() && !t.startsWith("#")) qs.add(t);
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put("title", 2f);
        weights.put("body", 1f);
        try (FSDirectory d = FSDirectory.open(Paths.get(dir)); DirectoryReader reader = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(reader);
            s.setSimilarity(new BM25Similarity(1.2f, 0.75f));
            SimpleQueryParser p = new SimpleQueryParser(new EnglishAnalyzer(), weights);
            long hits = 0, sink = 0;
            for (String q : qs) { // untimed warm-up pass and exact hit counts
                s.search(p.parse(q), 10);
                hits += s.count(p.parse(q));
            }
            int n = qs.size();
            long[] lat = new long[n * repeat];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int r = 0; r < repeat; r++) {
                for (int i = 0; i < n; i++) {
                    long a = System.nanoTime();
                    sink += s.search(p.parse(qs.get(i)), 10).scoreDocs.length;
                    lat[r * n + i] = System.nanoTime() - a;
                }
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / lat.length;
            System.out.printf(Locale.ROOT, "RESULT engine=java queries=%d executions=%d qps=%.1f p50=%.3f p99=%.3f meanhits=%.1f cpums=%.3f%n",
                    n, lat.length, lat.length / seconds, pct(lat, 50), pct(lat, 99), (double) hits / n, cpuMs);
            System.out.printf(Locale.ROOT, "  segments=%d maxDoc=%d (sink %d)%n", reader.leaves().size(), reader.maxDoc(), sink % 10);
            for (int i = 0; i < n; i++) { // each query's median over the repeats, for a per-query comparison
                long[] own = new long[repeat];
                for (int r = 0; r < repeat; r++) own[r] = lat[r * n + i];
                System.out.printf(Locale.ROOT, "QUERY p50=%.3f q=%s%n", pct(own, 50), qs.get(i));
            }
        }
    }

    /** Nearest-rank percentile in ms, as the .NET side computes it. */
    static double pct(long[] lat, double p) {
        long[] a = lat.clone();
        Arrays.sort(a);
        return a[Math.max(0, Math.min(a.length - 1, (int) Math.ceil(p / 100 * a.length) - 1))] / 1e6;
    }

    /** The top-level string members of one JSON object line (other values skipped), with JSON string escapes decoded. */
    static final class Json {
        static Map<String, String> strings(String s) {
            Map<String, String> out = new HashMap<>();
            int[] at = {s.indexOf('{') + 1};
            while (true) {
                skipSpace(s, at);
                if (at[0] >= s.length() || s.charAt(at[0]) == '}') return out;
                if (s.charAt(at[0]) == ',') { at[0]++; continue; }
                String key = string(s, at);
                skipSpace(s, at);
                at[0]++; // ':'
                skipSpace(s, at);
                if (s.charAt(at[0]) == '"') out.put(key, string(s, at));
                else skipValue(s, at);
            }
        }

        static void skipSpace(String s, int[] at) { while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) at[0]++; }

        static String string(String s, int[] at) {
            StringBuilder b = new StringBuilder();
            int i = at[0] + 1;
            for (char c; (c = s.charAt(i)) != '"'; i++) {
                if (c != '\\') { b.append(c); continue; }
                char e = s.charAt(++i);
                switch (e) {
                    case 'n': b.append('\n'); break;
                    case 't': b.append('\t'); break;
                    case 'r': b.append('\r'); break;
                    case 'b': b.append('\b'); break;
                    case 'f': b.append('\f'); break;
                    case 'u': b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16)); i += 4; break;
                    default: b.append(e);
                }
            }
            at[0] = i + 1;
            return b.toString();
        }

        /** Skips a number, literal, array or object (strings inside are skipped whole, so brackets in them do not count). */
        static void skipValue(String s, int[] at) {
            int depth = 0;
            while (at[0] < s.length()) {
                char c = s.charAt(at[0]);
                if (c == '"') { string(s, at); if (depth == 0) return; continue; }
                if (c == '[' || c == '{') depth++;
                else if (c == ']' || c == '}') { if (depth == 0) return; depth--; if (depth == 0) { at[0]++; return; } }
                else if (c == ',' && depth == 0) return;
                at[0]++;
            }
        }
    }
}
