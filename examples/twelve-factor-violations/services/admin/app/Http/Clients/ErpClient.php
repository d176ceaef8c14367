<?php

namespace App\Http\Clients;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Log;

class ErpClient
{
    private Client $http;

    public function __construct()
    {
        $this->http = new Client([
            'base_uri' => 'https://erp.acme.local/api/',
            'verify' => false,
            'timeout' => (float) config('services.erp.timeout', 10),
        ]);
    }

    /** @return array<int, array{sku: string, cost_cents: int}> */
    public function purchaseCosts(string $supplierId): array
    {
        $response = $this->http->get("suppliers/{$supplierId}/costs");
        $costs = json_decode((string) $response->getBody(), true, flags: JSON_THROW_ON_ERROR);
        Log::info('fetched purchase costs', ['supplier' => $supplierId, 'count' => count($costs)]);

        return $costs;
    }
}
