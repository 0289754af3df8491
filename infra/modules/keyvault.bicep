// Key Vault for the app's secrets. Access is by Azure RBAC only; the app's identity may read secrets,
// and App Service resolves the @Microsoft.KeyVault(...) references with that identity.
param name string
param location string
param tags object

@description('Principal id of the app\'s identity, allowed to read secrets.')
param readerPrincipalId string

@secure()
@description('SendGrid API key; when empty no secret is written and the app keeps emails in its outbox.')
param sendGridApiKey string

@secure()
@description('A coordinator key; when empty only Entra ID coordinators (Easy Auth) can act as coordinator.')
param coordinatorKey string

@secure()
@description('The key of the suppression list\'s address hashes. When empty the secret is left as it is (or missing).')
param suppressionKey string

@secure()
@description('SendGrid\'s Signed Event Webhook verification key. When empty the secret is left as it is (or missing).')
param eventWebhookPublicKey string

// Built-in role "Key Vault Secrets User".
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource coordinatorSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(coordinatorKey)) {
  parent: vault
  name: 'coordinator-key'
  properties: {
    value: coordinatorKey
    contentType: 'text/plain'
  }
}

// The two keys below are written only when a value is given, and never removed: ARM deploys incrementally,
// so a provision without the value leaves the secret (and every earlier version) as it is. The app
// setting refers to the secret whether or not this deployment wrote it (modules/functionapp.bicep), so no
// provision can drop it. Bicep cannot say "create only if absent", and a generated default (newGuid())
// would be a new key on every provision; so the operator sets the suppression key once, and the app
// refuses to send email if the key it reads ever differs from the one its stored hashes were made with.
resource suppressionKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(suppressionKey)) {
  parent: vault
  name: 'suppression-key'
  properties: {
    value: suppressionKey
    contentType: 'text/plain'
  }
}

// A public key, not a secret: it is kept here so that it lives in one place that provisioning never clears.
resource eventWebhookSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(eventWebhookPublicKey)) {
  parent: vault
  name: 'event-webhook-public-key'
  properties: {
    value: eventWebhookPublicKey
    contentType: 'text/plain'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Secret URIs without a version, so the app follows the latest version of each secret. The SendGrid and
// coordinator secrets exist only when their value was given; the two keys' exist once given in any
// provision so far (or set in the vault directly).
output sendGridSecretUri string = '${vault.properties.vaultUri}secrets/sendgrid-api-key'
output coordinatorSecretUri string = '${vault.properties.vaultUri}secrets/coordinator-key'
output suppressionKeySecretUri string = '${vault.properties.vaultUri}secrets/suppression-key'
output eventWebhookPublicKeySecretUri string = '${vault.properties.vaultUri}secrets/event-webhook-public-key'
