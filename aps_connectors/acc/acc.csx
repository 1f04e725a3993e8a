// Custom code of the Autodesk Construction Cloud connector (scriptOperations in apiProperties.json).
// 1. Issues endpoints take the bare project GUID; the Project dropdown gives the Data Management
//    id ("b.<guid>"), so the prefix is removed from the request path.
// 2. ListIssueSubtypes flattens the subtypes nested in each issue type into one list.
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        var request = this.Context.Request;
        var builder = new UriBuilder(request.RequestUri);
        builder.Path = builder.Path.Replace("/projects/b.", "/projects/");
        if (this.Context.OperationId == "ListIssueSubtypes")
        {
            builder.Path = builder.Path.Replace("/issue-subtypes", "/issue-types");
            builder.Query = "include=subtypes";
        }
        request.RequestUri = builder.Uri;
        var response = await this.Context.SendAsync(request, this.CancellationToken).ConfigureAwait(false);
        if (this.Context.OperationId != "ListIssueSubtypes" || !response.IsSuccessStatusCode)
        {
            return response;
        }
        var types = JObject.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var subtypes = new JArray();
        foreach (var type in types["results"] ?? new JArray())
        {
            foreach (var subtype in type["subtypes"] ?? new JArray())
            {
                subtypes.Add(subtype);
            }
        }
        response.Content = CreateJsonContent(new JObject { ["results"] = subtypes }.ToString());
        return response;
    }
}
