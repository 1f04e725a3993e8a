// Custom code of the Autodesk Construction Cloud connector (scriptOperations in apiProperties.json).
// It turns ids into the shape each Autodesk API wants, so no flow needs an expression:
// 1. Picker-only query inputs (hub_id, project_id, folder_id, item_id) fill dropdowns; they are
//    dropped before the request leaves.
// 2. Account Admin and Issues take bare GUIDs; the hub and project dropdowns give Data Management
//    ids ("b.<guid>"), so "/accounts/b." and "/projects/b." lose the prefix on /construction/ paths.
// 3. Data Management takes "b.<guid>"; a bare project GUID (a trigger's Project ID) gets it.
// 4. Model Derivative takes the URL-safe base64 URN of a version; a plain version URN
//    ("urn:adsk...", a trigger's Resource URN) is encoded.
// 5. A dropdown that sends the header x-acc-flatten (subtypes or rootcauses) gets the entries
//    APS nests in issue types or root cause categories as one list; the header is not sent on.
// 6. CreateIssue and UpdateIssue send assignedToType "user" when an assignee is given alone.
// Every path is Autodesk's own: without this code the calls still reach real endpoints.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

public class Script : ScriptBase
{
    private static readonly string[] Pickers = { "hub_id", "project_id", "folder_id", "item_id" };
    private const string FlattenHeader = "x-acc-flatten";
    private static readonly Regex BareProject = new Regex(
        "^/data/v1/projects/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)");
    private static readonly Regex Design = new Regex("^(/modelderivative/v2/designdata/)([^/]+)(.*)$");

    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        var request = this.Context.Request;
        var operation = this.Context.OperationId;
        var uri = request.RequestUri;
        var path = uri.AbsolutePath;
        var query = DropPickers(uri.Query);

        if (path.StartsWith("/construction/"))
        {
            path = path.Replace("/accounts/b.", "/accounts/").Replace("/projects/b.", "/projects/");
        }
        path = BareProject.Replace(path, "/data/v1/projects/b.$1$2");
        var design = Design.Match(path);
        if (design.Success)
        {
            path = design.Groups[1].Value + EncodeUrn(design.Groups[2].Value) + design.Groups[3].Value;
        }
        string flatten = null;
        IEnumerable<string> asked;
        if (request.Headers.TryGetValues(FlattenHeader, out asked))
        {
            flatten = string.Join(",", asked);
            request.Headers.Remove(FlattenHeader);
        }
        var target = uri.GetLeftPart(UriPartial.Authority) + path + (query.Length > 0 ? "?" + query : "");
        request.RequestUri = new Uri(target);

        if (request.Content != null && (operation == "CreateIssue" || operation == "UpdateIssue"))
        {
            var body = JObject.Parse(await request.Content.ReadAsStringAsync().ConfigureAwait(false));
            if (body["assignedTo"] != null && body["assignedTo"].Type == JTokenType.String && body["assignedToType"] == null)
            {
                body["assignedToType"] = "user";
            }
            request.Content = CreateJsonContent(body.ToString());
        }

        var response = await this.Context.SendAsync(request, this.CancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return response;
        }
        if (flatten == "subtypes")
        {
            return await Flatten(response, "subtypes").ConfigureAwait(false);
        }
        if (flatten == "rootcauses")
        {
            return await Flatten(response, "rootCauses").ConfigureAwait(false);
        }
        return response;
    }

    private static string DropPickers(string query)
    {
        var kept = new List<string>();
        foreach (var pair in query.TrimStart('?').Split('&'))
        {
            if (pair.Length == 0)
            {
                continue;
            }
            var name = Uri.UnescapeDataString(pair.Split('=')[0]);
            if (Array.IndexOf(Pickers, name) < 0)
            {
                kept.Add(pair);
            }
        }
        return string.Join("&", kept);
    }

    private static string EncodeUrn(string segment)
    {
        var value = segment;
        for (var i = 0; i < 2 && value.Contains("%"); i++)
        {
            value = Uri.UnescapeDataString(value);
        }
        if (!value.StartsWith("urn:"))
        {
            return segment;
        }
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(value)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private async Task<HttpResponseMessage> Flatten(HttpResponseMessage response, string nested)
    {
        var parents = JObject.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
        var flat = new JArray();
        foreach (var parent in parents["results"] ?? new JArray())
        {
            foreach (var child in parent[nested] ?? new JArray())
            {
                flat.Add(child);
            }
        }
        response.Content = CreateJsonContent(new JObject { ["results"] = flat }.ToString());
        return response;
    }
}
