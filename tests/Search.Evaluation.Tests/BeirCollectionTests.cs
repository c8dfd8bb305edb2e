using Search.Evaluation;

namespace Search.Evaluation.Tests;

public sealed class BeirCollectionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beir-test-" + Guid.NewGuid().ToString("N"));

    public BeirCollectionTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void Loads_corpus_queries_and_graded_qrels_of_one_split()
    {
        File.WriteAllLines(Path.Combine(_folder, "corpus.jsonl"),
        [
            """{"_id": "d1", "title": "Aspirin and stroke", "text": "Aspirin lowers stroke risk.", "metadata": {}}""",
            """{"_id": 42, "title": "", "text": "An untitled abstract."}""",
        ]);
        File.WriteAllLines(Path.Combine(_folder, "queries.jsonl"), ["""{"_id": "q1", "text": "Aspirin prevents stroke.", "metadata": {}}"""]);
        File.WriteAllLines(Path.Combine(_folder, "qrels-train.tsv"), ["query-id\tcorpus-id\tscore", "q1\td1\t2", "q1\t42\t0"]);

        var collection = BeirCollection.Load(_folder, "train");

        Assert.Equal([new BeirDocument("d1", "Aspirin and stroke", "Aspirin lowers stroke risk."), new BeirDocument("42", "", "An untitled abstract.")], collection.Documents);
        Assert.Equal("Aspirin prevents stroke.", collection.Queries["q1"]);
        Assert.Equal(2, collection.Qrels["q1"]["d1"]);
        Assert.Equal(0, collection.Qrels["q1"]["42"]);
    }

    [Fact]
    public void A_missing_folder_or_split_is_named_in_the_error()
    {
        Assert.Throws<DirectoryNotFoundException>(() => BeirCollection.Load(Path.Combine(_folder, "absent"), "train"));

        File.WriteAllText(Path.Combine(_folder, "corpus.jsonl"), "");
        File.WriteAllText(Path.Combine(_folder, "queries.jsonl"), "");
        var error = Assert.Throws<FileNotFoundException>(() => BeirCollection.Load(_folder, "test"));
        Assert.Contains("qrels-test.tsv", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
